/**
 * « Exporter (CSV) » on the Employeurs page of the agency demo: the download
 * is the whole list (not the page on screen), UTF-8 with a BOM, `;` and CRLF.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();

describe('CSV export', () => {
  it('downloads every employer, then every employee, of the demo as CSV files from their pages', async () => {
    const { page, close } = await startApp(browser, { demo: 'agence' });
    try {
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Employeurs', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Employeurs', exact: true }).waitFor();
      const { total } = await invoke(page, 'employers.list', { limit: 1 });
      expect(total).toBeGreaterThan(0);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (CSV)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^employeurs-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = fs.readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      expect(lines[0]).toBe('SIRET;Raison sociale;Statut juridique;Commune;Conventions');
      expect(lines).toHaveLength(total + 1);

      // Salariés: more people than one page on screen, all of them in the file.
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Salariés', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Salariés', exact: true }).waitFor();
      const employees = await invoke(page, 'employees.list', { limit: 1 });
      expect(employees.total).toBeGreaterThan(50);
      const [second] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (CSV)' }).click()]);
      const people = fs.readFileSync(await second.path()).toString('utf8').slice(1).split('\r\n').slice(0, -1);
      expect(people[0]).toBe('Nom et prénoms;NIR (masqué);Date de naissance;Conventions');
      expect(people).toHaveLength(employees.total + 1);
    } finally {
      await close();
    }
  });
});
