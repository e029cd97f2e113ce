/**
 * The shell with the agency demo: every section reached through the left
 * navigation, each showing real rows of the demo; the keyboard path (skip
 * link, Tab, visible focus); and a whole tour without a console error or a
 * Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMPLOYER_STATUS_LABELS, LOT_STATUS_LABELS } from '../../shared/domain/enums';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();

/** Errors in the console and uncaught exceptions, from a fresh load of the page on. */
async function watchConsole(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`exception : ${error.message}`));
  // startApp already loaded the page: load it again so nothing of the start is missed.
  await page.reload();
  return errors;
}

/** Follows a link of the left navigation with the keyboard: focus, then Enter. */
async function go(page: Page, label: string, title: string) {
  const link = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: label, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  // The page title is set by an effect after the heading is painted: wait for it rather than read it once.
  await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
  await expect.poll(() => page.title()).toBe(`${title} — Conventions CAE`);
}

const count = (page: Page) => page.getByTestId('result-count').textContent();
// Rows of data only: a virtualised list adds aria-hidden spacer rows above and below the rows drawn.
const bodyRows = (page: Page, table: string) => page.getByRole('table', { name: table }).locator('tbody tr:not([aria-hidden])');
const cellTexts = (page: Page, table: string, column: number) =>
  bodyRows(page, table).evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), column);
/** French typography puts no-break spaces in numbers and amounts. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('navigation in the agency demo', () => {
  it('reaches every section from the left navigation, each with real data and no console error', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const errors = await watchConsole(page);
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence" }).waitFor();
      const summary = await invoke(page, 'dashboard.summary', {});
      const running = page.getByRole('group', { name: 'Conventions en cours', exact: true }).getByTestId('stat-value');
      await expect.poll(() => running.textContent()).toBe(String(summary.byStatus.en_cours));

      // Conventions: 300 in one virtualised table (only the rows in view are drawn), search by a name read in the first row, filters, sort.
      await go(page, 'Conventions', 'Conventions');
      await expect.poll(() => count(page)).toBe('300 conventions');
      const conventionsTable = page.getByRole('table', { name: 'Liste des conventions' });
      expect(await conventionsTable.getAttribute('aria-rowcount')).toBe('301');
      const drawnRows = await bodyRows(page, 'Liste des conventions').count();
      expect(drawnRows).toBeGreaterThan(10);
      expect(drawnRows).toBeLessThan(300);
      const [firstEmployee] = await cellTexts(page, 'Liste des conventions', 2);
      const lastName = firstEmployee?.split(' ')[0] ?? '';
      expect(lastName).toMatch(/^[A-ZÀ-Ü' -]{2,}$/);
      const statuses = await cellTexts(page, 'Liste des conventions', 7);
      expect(statuses.every((s) => /^(Brouillon|À signer|Signée|En cours|Terminée|Résiliée|Dénoncée)$/.test(s))).toBe(true);
      const dates = await cellTexts(page, 'Liste des conventions', 5);
      expect(dates.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);

      await page.getByLabel('Rechercher').fill(lastName);
      const expected = await invoke(page, 'conventions.list', { search: lastName, limit: 50, offset: 0 });
      expect(expected.total).toBeGreaterThan(0);
      expect(expected.total).toBeLessThan(300);
      await expect.poll(() => count(page)).toBe(`${expected.total} ${expected.total > 1 ? 'conventions' : 'convention'}`);
      expect(await conventionsTable.getAttribute('aria-rowcount')).toBe(String(expected.total + 1));
      const found = await bodyRows(page, 'Liste des conventions').allTextContents();
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThanOrEqual(expected.total);
      expect(found.every((row) => row.toLowerCase().includes(lastName.toLowerCase()))).toBe(true);

      await page.getByLabel('Rechercher').fill('zzzz-personne');
      await page.getByText('Aucun résultat').waitFor();
      await page.getByRole('button', { name: 'Effacer la recherche' }).click();
      await expect.poll(() => count(page)).toBe('300 conventions');

      // The « En cours » filter counts what the dashboard card shows.
      await page.getByLabel('Statut').selectOption({ label: 'En cours' });
      await expect.poll(() => count(page)).toBe(`${summary.byStatus.en_cours} conventions`);
      await page.getByLabel('Statut').selectOption({ label: 'Tous les statuts' });
      await expect.poll(() => count(page)).toBe('300 conventions');
      // Sorting by number: the header button says so, the rows follow the API.
      const byNumber = await invoke(page, 'conventions.list', { sort: { by: 'number', dir: 'asc' }, limit: 3, offset: 0 });
      await conventionsTable.getByRole('button', { name: 'Numéro', exact: true }).click();
      expect(await conventionsTable.getByRole('columnheader', { name: 'Numéro' }).getAttribute('aria-sort')).toBe('ascending');
      await expect.poll(async () => (await cellTexts(page, 'Liste des conventions', 0)).slice(0, 3)).toEqual(byNumber.items.map((c) => c.number));

      // Employeurs: labels, never the raw status codes.
      await go(page, 'Employeurs', 'Employeurs');
      const employers = await invoke(page, 'employers.list', { limit: 50, offset: 0 });
      await expect.poll(() => count(page)).toBe(`${employers.total} employeurs`);
      const labels = new Set(Object.values(EMPLOYER_STATUS_LABELS));
      const employerStatuses = await cellTexts(page, 'Liste des employeurs', 2);
      expect(employerStatuses.length).toBe(Math.min(50, employers.total));
      expect(employerStatuses.every((s) => labels.has(s))).toBe(true);
      expect(await cellTexts(page, 'Liste des employeurs', 0)).toContain(employers.items[0]?.siret);

      // Salariés: NIR masked, never a full NIR anywhere in the page.
      await go(page, 'Salariés', 'Salariés');
      await expect.poll(() => count(page)).toBe('300 salariés');
      const nirs = await cellTexts(page, 'Liste des salariés', 1);
      expect(nirs.length).toBe(50);
      expect(nirs.every((n) => n.includes('•'))).toBe(true);
      const text = plain(await page.locator('body').innerText());
      expect(text).not.toMatch(/\d{15}/);
      expect(text).not.toMatch(/\b[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}\b/);
      const births = await cellTexts(page, 'Liste des salariés', 2);
      expect(births.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);

      // Échanges: the lots of the demo, status labels, French dates.
      await go(page, 'Échanges', 'Échanges');
      const { lots } = await invoke(page, 'exchanges.lots', {});
      expect(lots.length).toBeGreaterThan(0);
      await expect.poll(() => bodyRows(page, "Lots échangés avec l'organisme payeur").count()).toBe(lots.length);
      const lotStatuses = await cellTexts(page, "Lots échangés avec l'organisme payeur", 3);
      expect(lotStatuses).toContain(LOT_STATUS_LABELS.sent);
      expect(lotStatuses.every((s) => (Object.values(LOT_STATUS_LABELS) as string[]).includes(s))).toBe(true);
      expect(await cellTexts(page, "Lots échangés avec l'organisme payeur", 0)).toContain(lots[0]?.fileName);
      const lotDates = await cellTexts(page, "Lots échangés avec l'organisme payeur", 5);
      expect(lotDates[0]).toBe(lots[0]?.createdAt.slice(0, 10).split('-').reverse().join('/'));

      // Paramètres: the workspace, the application, the prefectoral rates.
      await go(page, 'Paramètres', 'Paramètres');
      await page.getByText('ALE de Lyon Part-Dieu (démonstration)', { exact: true }).first().waitFor();
      await page.getByText('Navigateur', { exact: true }).waitFor();
      await page.getByText(app.dataDir, { exact: true }).waitFor();
      const rates = await cellTexts(page, 'Taux préfectoraux', 3);
      expect(rates.length).toBeGreaterThan(0);
      expect(rates.map(plain)).toContain('90 %');
      expect(await cellTexts(page, 'Taux préfectoraux', 4)).toContain('du 01/01/2009 au 31/12/2009');
      expect(await page.getByRole('button', { name: 'Quitter la démonstration' }).count()).toBe(2);

      await go(page, 'Tableau de bord', "Tableau de bord de l'agence");
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is usable with the keyboard: skip link first, then the navigation, with a visible focus', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence" }).waitFor();
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      expect(await focused()).toBe('Aller au contenu');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
      expect(page.url()).not.toContain('contenu');

      // From the top again, Tab reaches the navigation; the focus ring is visible; Enter follows the link.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence" }).waitFor();
      for (let i = 0; i < 12 && (await focused()) !== 'Salariés'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Salariés');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: style.outlineWidth };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).not.toBe('0px');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Salariés' }).waitFor();

      // Every field of the lists has a label.
      await page.getByLabel('Rechercher').waitFor();
      const unlabelled = await page.evaluate(
        () =>
          [...document.querySelectorAll('input, select, textarea')].filter(
            (el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'),
          ).length,
      );
      expect(unlabelled).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('shows a French page for an unknown address, with a way back', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.goto(`${app.url}#/nulle-part`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      await page.getByRole('link', { name: 'Revenir au tableau de bord' }).click();
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence" }).waitFor();
    } finally {
      await app.close();
    }
  });
});
