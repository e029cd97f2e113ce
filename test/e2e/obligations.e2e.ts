/**
 * The employer's « Obligations » on the employer demo (seen from 15/06/2009):
 * the start-up summary with the counts of `obligations.list`, the dashboard's
 * card, the list sorted by due date with its states in words, an item marked
 * done (« Fait le … par … ») then undone, the renewal reminder setting, the
 * yearly report and a fact's declaration downloaded as PDF, and a proof's
 * button opening its period in the Activité tab. An agency sees none
 * of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ObligationItem } from '../../shared/api/obligations-contract';
import { plainText } from '../helpers/pdf';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS ?? '/tmp';
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `obligations-${name}.png`), fullPage: true });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const table = (page: Page) => page.getByRole('table', { name: 'Liste des obligations' });
const rows = (page: Page) => table(page).locator('tbody tr');
const fr = (iso: string) => iso.split('-').reverse().join('/');
/** `15/06/2009` → `2009-06-15`. */
const iso = (day: string) => day.split('/').reverse().join('-');
const show = (page: Page, option: 'À faire' | 'Faites' | 'Toutes') => page.getByText(new RegExp(`^${option} \\(\\d+\\)$`)).click();

/** What the start-up summary says, from the counts of the list. */
function expectedSentence(summary: { overdue: number; dueWithin30Days: number }): string {
  const parts = [summary.overdue ? `${summary.overdue} en retard` : '', summary.dueWithin30Days ? `${summary.dueWithin30Days} à faire dans les 30 jours` : ''];
  return parts.filter(Boolean).join(', ');
}

async function startupSummary(page: Page) {
  const list = await invoke(page, 'obligations.list', {});
  expect(list.summary.overdue + list.summary.dueWithin30Days).toBeGreaterThan(0);
  const dialog = page.getByRole('dialog', { name: 'Vos obligations' });
  await dialog.waitFor();
  expect(await dialog.getByTestId('obligations-summary').textContent()).toBe(`Au 15/06/2009 : ${expectedSentence(list.summary)}.`);
  const overdue = list.items.filter((i) => i.state === 'en_retard');
  const shown = await dialog.getByRole('list', { name: 'Obligations en retard' }).getByRole('listitem').allTextContents();
  expect(shown).toEqual(overdue.slice(0, 3).map((i) => `${i.label}${i.person ? ` — ${i.person}` : ''} (échéance le ${fr(i.due)})`));
  // A dialog with its title, the focus inside it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.textContent?.includes('Voir les obligations'))).toBe(true);
  await shot(page, 'startup');
  return list;
}

async function dueDates(page: Page): Promise<string[]> {
  return (await rows(page).locator('td:nth-child(2) p:first-child').allTextContents()).map(iso);
}

/** Marks an item done by hand: a day after the workspace's is refused in French, then 12/06/2009 by Jeanne ROUX. */
async function markDone(page: Page, item: ObligationItem) {
  const row = rows(page)
    .filter({ hasText: item.label })
    .filter({ hasText: item.person ?? '' });
  await row.getByRole('button', { name: `Marquer comme fait : ${item.label}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Marquer comme fait' });
  const date = dialog.getByRole('textbox', { name: 'Date à laquelle c’est fait' });
  expect(await date.inputValue()).toBe('15/06/2009');
  await date.fill('16/06/2009');
  await dialog.getByRole('button', { name: 'Marquer comme fait' }).click();
  await dialog.getByText('Rien n’est enregistré : la date (16/06/2009) est postérieure au 15/06/2009.').waitFor();
  expect((await invoke(page, 'obligations.list', {})).items.find((i) => i.key === item.key)?.done).toBeNull();
  await date.fill('12/06/2009');
  await dialog.getByRole('textbox', { name: 'Fait par (facultatif)' }).fill('Jeanne ROUX');
  await dialog.getByRole('textbox', { name: 'Note (facultatif)' }).fill('Envoyé par courrier');
  await dialog.getByRole('button', { name: 'Marquer comme fait' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('Obligations (employer workspace)', () => {
  it('sums them up at start-up, lists them by due date, marks one done and takes it back', { timeout: 120_000 }, async () => {
    const { page, close } = await startApp(browser, { demo: 'employeur' });
    try {
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'employeur" }).waitFor();
      const list = await startupSummary(page);
      await closeObligationsSummary(page);
      // The dashboard's card: the same counts, and the way to the list.
      const card = page.getByRole('region', { name: 'Obligations' });
      await expect
        .poll(() => card.getByTestId('obligations-counts').innerText())
        .toMatch(new RegExp(`^${list.summary.overdue}\\s+en retard\\s+${list.summary.dueWithin30Days}\\s+à faire`));

      // First after the dashboard in the menu.
      expect((await nav(page).getByRole('link').allTextContents()).slice(0, 3)).toEqual(['Tableau de bord', 'Obligations', 'Conventions']);
      await card.getByRole('link', { name: 'Voir les obligations' }).click();
      await page.getByRole('heading', { level: 1, name: 'Obligations' }).waitFor();
      const todo = list.items.filter((i) => i.state !== 'fait');
      await expect.poll(() => rows(page).count()).toBe(todo.length);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /^\d+ obligations?$/ })
          .textContent(),
      ).toBe(`${todo.length} obligations`);
      // Due dates first, each state in words.
      const dates = await dueDates(page);
      expect(dates).toEqual([...dates].sort());
      expect(dates).toEqual(todo.map((i) => i.due));
      const states = await rows(page).locator('td:first-child').allTextContents();
      expect(states).toEqual(todo.map((i) => ({ en_retard: 'En retard', a_faire: 'À faire', a_venir: 'À venir', fait: 'Fait' })[i.state]));
      // A renewal request shown ahead of its legal limit says both.
      const renewal = todo.find((i) => i.legalDue && i.legalDue !== i.due);
      if (renewal)
        await rows(page)
          .filter({ hasText: renewal.label })
          .getByText(`limite légale le ${fr(renewal.legalDue!)}`)
          .first()
          .waitFor();
      await shot(page, 'list');

      await show(page, 'Toutes');
      await expect.poll(() => rows(page).count()).toBe(list.items.length);
      await show(page, 'Faites');
      await expect.poll(() => rows(page).count()).toBe(list.summary.done);
      await show(page, 'À faire');

      const item = todo.find((i) => i.markable && i.state === 'en_retard')!;
      await markDone(page, item);
      const marked = (await invoke(page, 'obligations.list', {})).items.find((i) => i.key === item.key)!;
      expect(marked).toMatchObject({ state: 'fait', done: { on: '2009-06-12', by: 'Jeanne ROUX', how: 'marque' } });
      await expect.poll(() => rows(page).count()).toBe(todo.length - 1);
      await show(page, 'Faites');
      const done = rows(page).filter({ hasText: item.label }).filter({ hasText: 'Fait le 12/06/2009 par Jeanne ROUX' });
      await done.waitFor();
      await shot(page, 'done');
      await done.getByRole('button', { name: `Annuler : ${item.label}` }).click();
      await done.waitFor({ state: 'detached' });
      expect((await invoke(page, 'obligations.list', {})).items.find((i) => i.key === item.key)).toMatchObject({ state: item.state, done: null });
    } finally {
      await close();
    }
  });

  it(
    'saves the renewal reminder, downloads the yearly report and a declaration, and a proof’s button opens its period in the Activité tab',
    { timeout: 120_000 },
    async () => {
      const { page, close, url } = await startApp(browser, { demo: 'employeur' });
      try {
        await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'employeur" }).waitFor();
        await closeObligationsSummary(page);
        await page.goto(`${url}#/obligations`);
        await page.getByRole('heading', { level: 1, name: 'Obligations' }).waitFor();
        const before = await invoke(page, 'obligations.list', {});
        expect(before.renewalLeadMonths).toBe(1);

        const months = page.getByRole('textbox', { name: 'Rappeler la demande de renouvellement' });
        await months.fill('2');
        await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
        await page.getByRole('status').getByText('Réglage enregistré.').waitFor();
        const after = await invoke(page, 'obligations.list', {});
        expect(after.renewalLeadMonths).toBe(2);
        const renewal = after.items.find((i) => i.kind === 'RENEWAL_REQUEST' && i.legalDue);
        if (renewal) expect(renewal.due < before.items.find((i) => i.key === renewal.key)!.due).toBe(true);

        // The yearly report and a fact's declaration download as PDF.
        const report = after.items.find((i) => i.state !== 'fait' && i.action.kind === 'report');
        expect(report).toBeDefined();
        if (report) {
          const year = report.action.kind === 'report' ? report.action.year : 0;
          const [file] = await Promise.all([
            page.waitForEvent('download'),
            rows(page).filter({ hasText: report.label }).getByRole('button', { name: 'Rapport (PDF)' }).click(),
          ]);
          expect(file.suggestedFilename()).toMatch(/\.pdf$/);
          expect(await plainText(fs.readFileSync(await file.path()))).toContain(String(year));
        }
        const declared = after.items.find((i) => i.action.kind === 'declaration' && i.action.index !== null);
        expect(declared).toBeDefined();
        if (declared) {
          if (declared.state === 'fait') await show(page, 'Faites');
          const row = rows(page).filter({ hasText: declared.label }).filter({ hasText: declared.person! });
          const [file] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Déclaration (PDF)' }).click()]);
          expect(file.suggestedFilename()).toMatch(/\.pdf$/);
          expect(await plainText(fs.readFileSync(await file.path()))).toContain(declared.conventionNumber!);
          await show(page, 'À faire');
        }

        const proof = after.items.find((i) => i.state !== 'fait' && i.action.kind === 'proof')!;
        if (proof.action.kind !== 'proof') throw new Error('justificatif attendu');
        await rows(page).filter({ hasText: proof.label }).filter({ hasText: proof.person! }).getByRole('link', { name: 'Ouvrir le justificatif' }).click();
        await page.getByRole('heading', { level: 1, name: `Convention ${proof.conventionNumber}` }).waitFor();
        expect(await page.getByRole('tab', { name: 'Activité' }).getAttribute('aria-selected')).toBe('true');
        const period = page.getByRole('button', { name: new RegExp(`du ${fr(proof.action.periodStart)} au`) });
        await expect.poll(() => period.getAttribute('aria-expanded')).toBe('true');
      } finally {
        await close();
      }
    },
  );

  it('shows an agency neither the screen nor the start-up summary', async () => {
    const { page, close } = await startApp(browser, { demo: 'agence' });
    try {
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence" }).waitFor();
      await page.getByRole('group', { name: 'Conventions en cours', exact: true }).waitFor();
      expect(await nav(page).getByRole('link', { name: 'Obligations' }).count()).toBe(0);
      expect(await page.getByRole('dialog').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
