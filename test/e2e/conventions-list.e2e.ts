/**
 * The conventions list on a workspace of 20,000 generated conventions: the
 * total, a scroll to the very end (virtualised rows, fetched by windows),
 * sorting by a header, the department and search filters, and a saved view
 * that survives a reload.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabasePath } from '../../electron/app/data-dir';
import { generateDemoWorkspace } from '../../electron/app/demo/generate';
import { MEASURE_SHORT_LABELS } from '../../shared/domain/enums';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const TABLE = 'Liste des conventions';
let dataDir = '';

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-list-'));
  generateDemoWorkspace({ file: demoDatabasePath(dataDir, 'agence'), role: 'agence', conventions: 20_000, seed: 3 });
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** French typography puts no-break spaces in numbers. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const count = async (page: Page) => plain(await page.getByTestId('result-count').textContent());
const total = (n: number) => `${n.toLocaleString('fr-FR').replace(/[\u00a0\u202f]/g, ' ')} ${n > 1 ? 'conventions' : 'convention'}`;
const rows = (page: Page) => page.getByRole('table', { name: TABLE }).locator('tbody tr[aria-rowindex]');
/** The rows drawn, as [aria-rowindex, cell texts]. */
const drawn = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => [Number(tr.getAttribute('aria-rowindex')), [...tr.children].map((td) => td.textContent ?? '')] as const));
const lastDrawnNumber = async (page: Page) => {
  const all = await drawn(page);
  const last = all[all.length - 1];
  return last ? `${last[0]}:${last[1][0]}` : '';
};

describe('conventions list on 20,000 conventions', () => {
  it('scrolls to the end, sorts, filters, searches and keeps saved views', async () => {
    const app = await startApp(browser, { dataDir, demo: 'agence' });
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conventions', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Conventions' }).waitFor();
      await expect.poll(() => count(page)).toBe(total(20_000));
      const table = page.getByRole('table', { name: TABLE });
      expect(await table.getAttribute('aria-rowcount')).toBe('20001');
      // Only a window of rows exists in the page.
      const firstRows = (await drawn(page)).length;
      expect(firstRows).toBeGreaterThan(10);
      expect(firstRows).toBeLessThan(200);
      // One line per row, all of one height (the virtualizer places the rows by arithmetic, it measures none):
      // a long name is cut with « … » and told whole in its cell's title.
      await expect.poll(async () => (await drawn(page)).every(([, cells]) => cells.length > 1)).toBe(true);
      const shape = await rows(page).evaluateAll((trs) => ({
        heights: [...new Set(trs.map((tr) => Math.round(tr.getBoundingClientRect().height)))],
        cut: trs
          .flatMap((tr) => [...tr.children])
          .filter((td) => td.scrollWidth > td.clientWidth)
          .map((td) => [td.textContent, td.getAttribute('title'), getComputedStyle(td).textOverflow]),
      }));
      expect(shape.heights).toEqual([37]);
      expect(shape.cut.length).toBeGreaterThan(0);
      expect(shape.cut.filter(([text, title, overflow]) => title !== text || overflow !== 'ellipsis')).toEqual([]);
      expect(await table.getByRole('columnheader', { name: 'Début' }).getAttribute('aria-sort')).toBe('descending');

      // To the very end: the last rows are drawn and match the API's last rows for the same sort.
      const tail = await invoke(page, 'conventions.list', { limit: 5, offset: 19_995 });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => lastDrawnNumber(page), { timeout: 10_000 }).toBe(`20001:${tail.items[4]!.number}`);
      const end = (await drawn(page)).slice(-5).map(([, cells]) => cells[0]);
      expect(end).toEqual(tail.items.map((c) => c.number));
      await page.screenshot({ path: '/tmp/list-end.png' });

      // Sort by end date, ascending: the header says so, the first rows follow the API.
      await page.evaluate(() => window.scrollTo(0, 0));
      await table.getByRole('button', { name: 'Fin', exact: true }).click();
      expect(await table.getByRole('columnheader', { name: 'Fin' }).getAttribute('aria-sort')).toBe('ascending');
      const byEnd = await invoke(page, 'conventions.list', { sort: { by: 'endsOn', dir: 'asc' }, limit: 5, offset: 0 });
      await expect.poll(async () => (await drawn(page)).slice(0, 5).map(([, cells]) => cells[0])).toEqual(byEnd.items.map((c) => c.number));

      // Department 974: only CAE-DOM overseas rows.
      await page.getByLabel('Département').fill('974');
      const overseas = await invoke(page, 'conventions.list', { department: '974', limit: 1, offset: 0 });
      expect(overseas.total).toBeGreaterThan(0);
      expect(overseas.total).toBeLessThan(20_000);
      await expect.poll(() => count(page)).toBe(total(overseas.total));
      const measures = (await drawn(page)).map(([, cells]) => cells[1]);
      expect(measures.length).toBeGreaterThan(0);
      expect(measures.every((m) => m === MEASURE_SHORT_LABELS.CAE_DOM)).toBe(true);
      expect((await drawn(page)).every(([, cells]) => cells[0]?.startsWith('974-'))).toBe(true);

      // Search a name read in the first row: the narrowed total is the API's.
      const lastName = (await drawn(page))[0]![1][2]!.split(' ')[0]!;
      await page.getByLabel('Rechercher').fill(lastName);
      const found = await invoke(page, 'conventions.list', { department: '974', search: lastName, limit: 1, offset: 0 });
      expect(found.total).toBeGreaterThan(0);
      expect(found.total).toBeLessThan(overseas.total);
      await expect.poll(() => count(page)).toBe(total(found.total));
      await page.screenshot({ path: '/tmp/list-filtered.png' });

      // Save the view, reload, apply it: the same search, filter, sort and total.
      await page.getByRole('button', { name: 'Vues enregistrées' }).click();
      await page.getByLabel('Nom de la vue').fill('Réunion, fins de contrat');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.getByRole('button', { name: 'Appliquer la vue Réunion, fins de contrat' }).waitFor();
      await page.screenshot({ path: '/tmp/list-views.png' });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Conventions' }).waitFor();
      await expect.poll(() => count(page)).toBe(total(20_000));
      await page.getByRole('button', { name: 'Vues enregistrées' }).click();
      await page.getByRole('button', { name: 'Appliquer la vue Réunion, fins de contrat' }).click();
      await expect.poll(() => count(page)).toBe(total(found.total));
      expect(await page.getByLabel('Rechercher').inputValue()).toBe(lastName);
      expect(await page.getByLabel('Département').inputValue()).toBe('974');
      expect(await table.getByRole('columnheader', { name: 'Fin' }).getAttribute('aria-sort')).toBe('ascending');
      expect(await invoke(page, 'views.list', {})).toEqual([
        { name: 'Réunion, fins de contrat', filters: { search: lastName, department: '974', sort: { by: 'endsOn', dir: 'asc' } } },
      ]);
    } finally {
      await app.close();
    }
  });
});
