/**
 * « Dossier de conventions » on the Employeurs page (docs/exchange-format.md,
 * « Dossier de conventions »): in the agency demo, one click saves the
 * employer's package and says what it holds; an employer workspace has no
 * such action.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';
import { TEST_PASSPHRASE } from '../helpers/passphrase';

const browser = useBrowser();

describe('convention package from the Employeurs page', () => {
  it('saves the package of an employer of the agency demo and confirms it in French', async () => {
    const { page, close, dataDir } = await startApp(browser, { demo: 'agence' });
    try {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Employeurs', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Employeurs', exact: true }).waitFor();
      const { items } = await invoke(page, 'employers.list', { limit: 50, offset: 0 });
      const employer = [...items].sort((a, b) => b.conventions - a.conventions)[0]!;

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Dossier de conventions de ${employer.name} (SIRET ${employer.siret})`, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^PKG_69012_000001_\d{8}T\d{6}Z\.json$/);
      const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as { header: { kind: string; recipient: string; recordCount: number } };
      expect(file.header).toMatchObject({ kind: 'convention-package', recipient: employer.siret });
      const notice = page.getByTestId('package-notice');
      await notice.getByText(`Dossier de conventions de ${employer.name} enregistré (${download.suggestedFilename()})`).waitFor();
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await notice.textContent()).toContain(`${file.header.recordCount} convention`);
      // The app keeps its copy in the workspace's outbox.
      expect(fs.readdirSync(path.join(dataDir, 'demo-agence', 'envois'))).toContain(download.suggestedFilename());
    } finally {
      await close();
    }
  });

  it('has no « Dossier de conventions » action in an employer workspace', async () => {
    const { page, close } = await startApp(browser, { demo: 'employeur' });
    try {
      await closeObligationsSummary(page);
      // An employer's employers are its own establishments.
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Établissements', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Établissements', exact: true }).waitFor();
      await page.getByRole('table', { name: 'Liste des établissements' }).waitFor();
      expect(await page.getByRole('button', { name: /Dossier de conventions/ }).count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('an employer imports its package on the Échanges screen: preview first, then its conventions appear, and the same file again changes nothing', async () => {
    // The agency side: the package of the demo employer with the most conventions.
    const agency = await startApp(browser, { demo: 'agence' });
    let file: string;
    let employer: { name: string; siret: string };
    let numbers: string[];
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-pkg-'));
    try {
      const { items } = await invoke(agency.page, 'employers.list', { limit: 50, offset: 0 });
      const chosen = [...items].sort((a, b) => b.conventions - a.conventions)[0]!;
      employer = { name: chosen.name, siret: chosen.siret };
      const pkg = await invoke(agency.page, 'exchanges.exportPackage', { employerId: chosen.id });
      file = path.join(work, pkg.fileName);
      fs.writeFileSync(file, Buffer.from(pkg.base64, 'base64'));
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { lines: { conventionNumber: string }[] };
      numbers = parsed.lines.map((l) => l.conventionNumber);
      expect(numbers.length).toBeGreaterThan(1);
    } finally {
      await agency.close();
    }

    // The employer side: a fresh workspace that does not know its SIRET yet.
    const { page, close } = await startApp(browser);
    try {
      await invoke(page, 'workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association des jardins' });
      await page.reload();
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Échanges', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Échanges' }).waitFor();

      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importer un fichier' }).click()]);
      await chooser.setFiles(file);
      const dialog = page.getByRole('dialog', { name: `Importer ${path.basename(file)}` });
      await dialog.getByText(/^Aperçu du dossier de conventions n° 1 de l’agence 69012 \(rien n’est écrit\)/).waitFor();
      await dialog.getByText(`Cet espace de travail devient celui de l’employeur ${employer.name} (SIRET ${employer.siret}).`).waitFor();
      await dialog.getByText(new RegExp(`^${numbers[0]} : nouvelle `)).waitFor();
      // The preview wrote nothing.
      expect((await invoke(page, 'conventions.list', { limit: 1, offset: 0 })).total).toBe(0);

      await dialog.getByRole('button', { name: 'Appliquer' }).click();
      await dialog.getByText(/^Dossier de conventions n° 1 de l’agence 69012 importé/).waitFor();
      await dialog.getByText(`Total : ${numbers.length} nouvelle(s), 0 mise(s) à jour, 0 inchangée(s).`).waitFor();
      await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
      // The package is listed as received, each of its lines applied here.
      const row = page
        .getByRole('table', { name: "Lots échangés avec l'organisme payeur" })
        .getByRole('row')
        .filter({ hasText: path.basename(file) });
      await row.getByText('Réception').waitFor();
      await row.getByText(`${numbers.length} appliquées`).waitFor();

      const list = await invoke(page, 'conventions.list', { limit: 500, offset: 0 });
      expect(list.items.map((c) => c.number).sort()).toEqual([...numbers].sort());
      // The employer now knows who it is in the exchange files.
      expect((await invoke(page, 'settings.exchange', {})).emitter).toBe(employer.siret);

      // The same file again: « déjà importé », nothing changes.
      const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importer un fichier' }).click()]);
      await again.setFiles(file);
      await dialog.getByText(/^Déjà importé/).waitFor();
      expect((await invoke(page, 'conventions.list', { limit: 1, offset: 0 })).total).toBe(numbers.length);
    } finally {
      await close();
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
