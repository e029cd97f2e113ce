/**
 * « Exporter (CSV) » on the list pages of the agency demo: the download is
 * the whole list (not the page on screen), with the list's search and filters,
 * UTF-8 with a BOM, `;` and CRLF.
 */
import { describe, expect, it } from 'vitest';
import { E2E_TARGET, invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();

describe('CSV export', () => {
  it('downloads every employer, then every employee, of the demo as CSV files from their pages', async () => {
    const { page, exportedFile, close } = await startApp(browser, { demo: 'agence' });
    try {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Employeurs', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Employeurs', exact: true }).waitFor();
      const { total } = await invoke(page, 'employers.list', { limit: 1 });
      expect(total).toBeGreaterThan(0);

      const { fileName, bytes } = await exportedFile(() => page.getByRole('button', { name: 'Exporter (CSV)' }).click());
      expect(fileName).toMatch(/^employeurs-\d{4}-\d{2}-\d{2}\.csv$/);
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
      const second = await exportedFile(() => page.getByRole('button', { name: 'Exporter (CSV)' }).click());
      const people = second.bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
      expect(people[0]).toBe('Nom et prénoms;NIR (masqué);Date de naissance;Conventions');
      expect(people).toHaveLength(employees.total + 1);
    } finally {
      await close();
    }
  });
  it('downloads the conventions the search and filters select, in the list order, from the Conventions page', async () => {
    const { page, exportedFile, close } = await startApp(browser, { demo: 'agence' });
    try {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conventions', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Conventions', exact: true }).waitFor();
      await page.getByLabel('Département').fill('974');
      const selected = await invoke(page, 'conventions.list', { department: '974', limit: 500, offset: 0 });
      const all = await invoke(page, 'conventions.list', { limit: 1, offset: 0 });
      expect(selected.total).toBeGreaterThan(0);
      expect(selected.total).toBeLessThan(all.total);
      // The list shows the filtered count before the export is asked for.
      await page
        .getByTestId('result-count')
        .filter({ hasText: String(selected.total) })
        .waitFor();

      // In browser mode the server streams the file (POST /api/download); the desktop app's main process writes it where its box answered.
      const streamed = E2E_TARGET === 'browser' ? page.waitForResponse((r) => r.url().endsWith('/api/download')) : null;
      const { fileName, bytes } = await exportedFile(() => page.getByRole('button', { name: 'Exporter (CSV)' }).click());
      expect(fileName).toMatch(/^conventions-\d{4}-\d{2}-\d{2}\.csv$/);
      if (streamed) expect((await streamed).headers()['transfer-encoding']).toBe('chunked');
      const lines = bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
      expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Numéro', 'Mesure', 'État', 'Département']);
      expect(lines).toHaveLength(selected.total + 1);
      expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(selected.items.map((c) => c.number));
      expect(lines.slice(1).every((l) => l.split(';')[3] === '974')).toBe(true);
    } finally {
      await close();
    }
  });
});
