/**
 * Backups in Paramètres, in browser mode: « Sauvegarder maintenant » writes a
 * checked backup that appears in the list; a change is made; « Restaurer »
 * asks for confirmation, then the workspace is back as it was backed up.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `backups-${name}.png`), fullPage: true });
}

describe('backups in Paramètres', () => {
  it('backs up now, the backup appears in the list, and restoring it after a change brings the workspace back', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres', exact: true }).click();
      const section = page.getByRole('region', { name: 'Sauvegardes' });
      await section.getByText("Aucune sauvegarde pour l'instant.").waitFor();
      await section.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
      await section
        .getByRole('status')
        .getByText(/^Sauvegarde écrite et vérifiée : cae-\d{4}-\d{2}-\d{2}-\d{6}-manuelle\.sqlite\.$/)
        .waitFor();
      const rows = section.getByRole('table', { name: 'Sauvegardes' }).locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}:\d{2}Manuellecae-.+-manuelle\.sqlite[\d\s\u202f]+KoRestaurer$/);
      await shot(page, 'list');

      // A change after the backup: a saved view of the conventions list.
      await invoke(page, 'views.save', { name: 'Après la sauvegarde', filters: {} });
      expect(await invoke(page, 'views.list', {})).toHaveLength(1);

      await rows
        .first()
        .getByRole('button', { name: /^Restaurer / })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Restaurer la sauvegarde' });
      await dialog.getByText(/seront remplacées par celles de la sauvegarde du \d{2}\/\d{2}\/\d{4}/).waitFor();
      await shot(page, 'confirm');
      await dialog.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
      await section
        .getByRole('status')
        .getByText(/restaurée\. La base remplacée est gardée à côté sous le nom cae\.avant-restauration-.+\.sqlite\.$/)
        .waitFor();
      expect(await invoke(page, 'views.list', {})).toEqual([]);
      await shot(page, 'restored');
    } finally {
      await app.close();
    }
  });
});
