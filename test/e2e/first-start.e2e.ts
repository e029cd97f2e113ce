/**
 * First start in browser mode: the welcome screen, the demo of each role,
 * creating one's own workspace (and the French refusal of an invalid one),
 * and leaving the demo.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';
import { TEST_PASSPHRASE } from '../helpers/passphrase';
import { typePassphrase } from './steps/welcome';

const browser = useBrowser();

/** The figure shown on a dashboard card, by the card's label. */
function statValue(page: Page, label: string) {
  return page.getByRole('group', { name: label, exact: true }).getByTestId('stat-value');
}

async function heading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

describe('first start', () => {
  it('shows the welcome screen, then opens the agency demo with its real figures', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await heading(page, 'Bienvenue');
      expect(await page.title()).toBe('Bienvenue — Conventions CAE');
      expect(await invoke(page, 'workspace.get', {})).toEqual({ active: 'main', workspace: null, encrypted: false, locked: false });

      // The role comes first: the form and the demo button appear once it is chosen.
      expect(await page.getByRole('button', { name: 'Ouvrir la démonstration' }).count()).toBe(0);
      const agency = page.getByRole('radio', { name: 'Agence / prescripteur' });
      await agency.click();
      expect(await agency.getAttribute('aria-checked')).toBe('true');
      await page.getByRole('button', { name: 'Ouvrir la démonstration' }).click();

      await heading(page, "Tableau de bord de l'agence");
      await page.getByRole('region', { name: 'Démonstration' }).getByText('Espace de démonstration — données fictives').waitFor();

      const summary = await invoke(page, 'dashboard.summary', {});
      const total = Object.values(summary.byStatus).reduce((a, b) => a + b, 0);
      expect(total).toBe(300);
      await page.getByText(`Situation au 15/06/2009 · ${total} conventions enregistrées`).waitFor();
      await expect.poll(() => statValue(page, 'Conventions en cours').textContent()).toBe(String(summary.byStatus.en_cours));
      expect(await statValue(page, 'À signer').textContent()).toBe(String(summary.draftsToSign));
      expect(await statValue(page, 'Fin dans 30 jours').textContent()).toBe(String(summary.endingWithin30Days));
      expect(await statValue(page, 'Fin dans 60 jours').textContent()).toBe(String(summary.endingWithin60Days));
      expect(await statValue(page, 'Lots sans retour').textContent()).toBe(String(summary.lotsAwaitingReturn));
      expect(await statValue(page, 'Employeurs').textContent()).toBe(String(summary.employers));
      expect(await statValue(page, 'Salariés').textContent()).toBe(String(summary.employees));
      expect(summary.byStatus.en_cours).toBeGreaterThan(0);

      // The chart's figures are also in a table for screen readers, months in French.
      const chartTable = page.getByRole('table', { name: 'Conventions actives sur les 12 derniers mois' });
      expect(await chartTable.getByRole('row').count()).toBe(13);
      const june = summary.activeByMonth.at(-1);
      expect(june?.month).toBe('2009-06');
      expect(await chartTable.getByRole('row', { name: 'juin 2009' }).textContent()).toBe(`juin 2009${june?.active}`);

      // The dashboard's total is the one the Conventions list counts.
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conventions' }).click();
      await expect.poll(() => page.getByTestId('result-count').textContent()).toBe(`${total} conventions`);
    } finally {
      await app.close();
    }
  });

  it('creates an employer workspace; a one-character name is refused in French and creates nothing', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await heading(page, 'Bienvenue');
      await page.getByRole('radio', { name: 'Employeur' }).click();
      const name = page.getByLabel("Nom de l'espace de travail");
      const create = page.getByRole('button', { name: "Créer l'espace de travail" });

      await name.fill('A');
      // Encrypted by default (issue #15): the passphrase, typed twice the same.
      expect(await page.getByRole('checkbox', { name: /Chiffrer la base/ }).isChecked()).toBe(true);
      await typePassphrase(page, TEST_PASSPHRASE, `${TEST_PASSPHRASE} !`);
      await create.click();
      await page.getByText('Nom trop court (2 caractères au moins)').waitFor();
      await page.getByText('Les deux saisies de la phrase secrète diffèrent').waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await invoke(page, 'workspace.get', {})).toEqual({ active: 'main', workspace: null, encrypted: false, locked: false });
      await heading(page, 'Bienvenue');

      await name.fill('Mairie de Villeurbanne');
      await typePassphrase(page);
      await create.click();
      await heading(page, "Tableau de bord de l'employeur");
      await page.getByText("Aucune convention pour l'instant").waitFor();
      expect(await page.getByTestId('workspace-name').textContent()).toBe('Mairie de Villeurbanne');
      expect(await page.getByRole('region', { name: 'Démonstration' }).count()).toBe(0);
      const state = await invoke(page, 'workspace.get', {});
      expect(state).toMatchObject({ active: 'main', workspace: { role: 'employeur', name: 'Mairie de Villeurbanne', isDemo: false }, encrypted: true });

      // It is kept: a new load of the page opens it again.
      await page.reload();
      await heading(page, "Tableau de bord de l'employeur");
    } finally {
      await app.close();
    }
  });

  it('asks an agency for its code and department, with the French messages of the service', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await page.getByRole('radio', { name: 'Agence / prescripteur' }).click();
      await page.getByLabel("Nom de l'espace de travail").fill('ALE de Lyon Part-Dieu');
      await page.getByLabel('Code agence ou prescripteur').fill('690');
      await page.getByLabel('Département').fill('99');
      await typePassphrase(page);
      await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
      await page.getByText('Code agence ou prescripteur attendu : 5 caractères').waitFor();
      await page.getByText('Département attendu : 01 à 95, 2A, 2B ou 971 à 976').waitFor();
      expect((await invoke(page, 'workspace.get', {})).workspace).toBeNull();

      await page.getByLabel('Code agence ou prescripteur').fill('69012');
      await page.getByLabel('Département').fill('69');
      await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
      await heading(page, "Tableau de bord de l'agence");
      await page.getByText("Aucune convention pour l'instant").waitFor();
      expect((await invoke(page, 'workspace.get', {})).workspace).toMatchObject({ agencyCode: '69012', department: '69' });
    } finally {
      await app.close();
    }
  });

  it('leaves the demo from the banner and comes back to the welcome screen', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await page.getByRole('radio', { name: 'Employeur' }).click();
      await page.getByRole('button', { name: 'Ouvrir la démonstration' }).click();
      await heading(page, "Tableau de bord de l'employeur");
      // Opening the employer demo sums up its obligations first (« Vos obligations »).
      await closeObligationsSummary(page);
      await page.getByRole('region', { name: 'Démonstration' }).getByRole('button', { name: 'Quitter la démonstration' }).click();
      await heading(page, 'Bienvenue');
      expect(await invoke(page, 'workspace.get', {})).toEqual({ active: 'main', workspace: null, encrypted: false, locked: false });
      expect(await page.getByRole('radio', { name: 'Employeur' }).getAttribute('aria-checked')).toBe('false');
    } finally {
      await app.close();
    }
  });

  it("leaves the demo from the settings and comes back to the user's own workspace, unlocked by its passphrase", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-own-'));
    try {
      const first = await startApp(browser, { dataDir });
      await invoke(first.page, 'workspace.initialize', {
        passphrase: TEST_PASSPHRASE,
        role: 'agence',
        name: 'ALE de Villeurbanne',
        department: '69',
        agencyCode: '69266',
      });
      await first.close();

      const app = await startApp(browser, { dataDir, demo: 'agence' });
      try {
        const { page } = app;
        await heading(page, "Tableau de bord de l'agence");
        await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
        await heading(page, 'Paramètres');
        await page.getByRole('region', { name: 'Espace de travail' }).getByRole('button', { name: 'Quitter la démonstration' }).click();
        // The user's own workspace is encrypted and this start had no passphrase: it is asked, a wrong one refused.
        await heading(page, 'Espace de travail chiffré');
        const passphrase = page.getByLabel('Phrase secrète', { exact: true });
        await passphrase.fill('pas la bonne phrase');
        await page.getByRole('button', { name: 'Ouvrir l’espace de travail' }).click();
        await page.getByText(/^Phrase secrète incorrecte/).waitFor();
        expect(await passphrase.getAttribute('aria-invalid')).toBe('true');
        await passphrase.fill(TEST_PASSPHRASE);
        await page.getByRole('button', { name: 'Ouvrir l’espace de travail' }).click();
        await heading(page, "Tableau de bord de l'agence");
        await expect.poll(() => page.getByTestId('workspace-name').textContent()).toBe('ALE de Villeurbanne');
        await page.getByText("Aucune convention pour l'instant").waitFor();
        expect(await page.getByRole('region', { name: 'Démonstration' }).count()).toBe(0);
      } finally {
        await app.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('opens the employer demo directly, like the desktop `--demo employeur`', async () => {
    const app = await startApp(browser, { demo: 'employeur' });
    try {
      const { page } = app;
      await heading(page, "Tableau de bord de l'employeur");
      await page.getByText('Espace de démonstration — données fictives').waitFor();
      const summary = await invoke(page, 'dashboard.summary', {});
      await expect.poll(() => statValue(page, 'Salariés en contrat').textContent()).toBe(String(summary.byStatus.en_cours));
      expect(await statValue(page, 'Renouvellements à préparer').textContent()).toBe(String(summary.endingWithin60Days));
      expect(await statValue(page, 'Fin de contrat dans 30 jours').textContent()).toBe(String(summary.endingWithin30Days));
      expect(await page.getByTestId('workspace-name').textContent()).toContain('(démonstration)');
      expect(await page.getByText('Employeur', { exact: true }).count()).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
