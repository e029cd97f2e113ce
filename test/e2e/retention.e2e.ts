/**
 * Retention in browser mode: the dashboard says how many conventions are due
 * for archiving and links to Paramètres; « Conservation des données » asks the
 * archive's passphrase twice (a mismatch refused in French), then archives
 * and deletes them; the dashboard no longer shows the line.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `retention-${name}.png`), fullPage: true });
}

describe('retention of the conventions', () => {
  it('shows the conventions due on the dashboard, then archives and deletes them from Paramètres after the passphrase typed twice', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const saved = await invoke(page, 'retention.saveSettings', { years: 1 });
      expect(saved.due).toBeGreaterThan(1);
      await page.reload();
      const notice = page.getByRole('alert').filter({ hasText: 'Conservation des données' });
      await notice.getByText(`${saved.due} conventions à archiver (fin depuis plus de 1 an)`).waitFor();
      await shot(page, 'dashboard');

      await notice.getByRole('link', { name: 'archiver puis supprimer dans Paramètres' }).click();
      const section = page.getByRole('region', { name: 'Conservation des données' });
      await section.getByText(`${saved.due} conventions à archiver`).waitFor();
      await section.getByText('(fin avant le 15/06/2008)').waitFor();
      await section.getByRole('button', { name: 'Archiver puis supprimer…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Archiver puis supprimer' });
      await dialog.getByLabel("Phrase de passe de l'archive").fill('correct cheval pile agrafe');
      await dialog.getByLabel('Phrase de passe, une seconde fois').fill('correct cheval pile agrafé');
      await dialog.getByRole('button', { name: `Archiver puis supprimer ${saved.due} conventions` }).click();
      await dialog.getByText('Les deux phrases de passe ne sont pas identiques.').waitFor();
      await shot(page, 'confirm');
      await dialog.getByLabel('Phrase de passe, une seconde fois').fill('correct cheval pile agrafe');
      await dialog.getByRole('button', { name: `Archiver puis supprimer ${saved.due} conventions` }).click();
      await section
        .getByRole('status')
        .getByText(
          new RegExp(
            `^${saved.due} conventions archivées puis supprimées\\. Archive chiffrée : .+conservation-.+\\.cae-archive \\(SHA-256 [0-9a-f]{64}\\)\\.$`,
          ),
        )
        .waitFor();
      await section.getByText('0 convention à archiver').waitFor();
      await shot(page, 'done');

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord', exact: true }).click();
      await page.getByRole('heading', { name: 'Conventions actives sur les 12 derniers mois' }).waitFor();
      expect(await page.getByText(/conventions? à archiver/).count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
