/**
 * The declaration of a reported fact in the employer demo, end to end: on a
 * convention with a suspension, the « Événements » tab offers « Déclaration
 * (PDF) » on that row; the download is the declaration (a PDF, one copy per
 * recipient, with its deadline). The person's timeline offers the same.
 * With CAE_SCREENSHOTS=DIR, the screens are saved there as PNG files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDateFr } from '../../shared/format/date';
import { plainText } from '../helpers/pdf';
import { closeObligationsSummary, invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.CAE_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** A convention of the demo with a suspension to report (one with a reporting deadline). */
async function suspended(page: Page): Promise<{ id: number; number: string; employeeId: number; from: string; due: string }> {
  const { items } = await invoke(page, 'conventions.list', { limit: 500, offset: 0 });
  for (const c of items) {
    if (c.measure === 'CAE_DOM') continue;
    const view = await invoke(page, 'conventions.get', { id: c.id });
    const events = view.versions.at(-1)?.document.events ?? [];
    const d = view.computed.reportingDeadlines.find((x) => x.event === 'SUSPENSION' && x.index !== null && events[x.index]?.kind === 'SUSPENSION');
    if (d) return { id: c.id, number: c.number, employeeId: view.employee.id, from: d.eventDate, due: d.due };
  }
  throw new Error('la démonstration employeur n’a plus de convention avec une suspension à déclarer');
}

describe('declaration of a reported fact (employer workspace)', () => {
  it('downloads the declaration of a suspension from the convention’s events and from the person’s timeline', async () => {
    const { page, close, url } = await startApp(browser, { demo: 'employeur' });
    try {
      await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
      await closeObligationsSummary(page);
      const c = await suspended(page);
      await page.goto(`${url}#/conventions/${c.id}`);
      await page.getByRole('heading', { level: 1, name: `Convention ${c.number}` }).waitFor();
      await page.getByRole('tab', { name: /^Événements/ }).click();
      const table = page.getByRole('table', { name: 'Événements du contrat' });
      await table.waitFor();
      const button = table.getByRole('button', { name: `Déclaration (PDF) — suspension du ${formatDateFr(c.from)}` });
      await shot(page, 'declaration-1-evenements');

      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`declaration-suspension-${c.number}-${c.from}.pdf`);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
      const text = await plainText(bytes);
      expect(text).toContain('DÉCLARATION DE SUSPENSION');
      expect(text).toContain(`à adresser au plus tard le ${formatDateFr(c.due)}`);
      expect(text).toContain('Exemplaire pour');

      // The same fact on the person's timeline.
      await page.goto(`${url}#/personnel/${c.employeeId}`);
      const timeline = page.getByRole('list', { name: 'Chronologie' });
      await timeline.waitFor();
      const again = timeline.getByRole('button', { name: `Déclaration (PDF) — suspension du contrat du ${formatDateFr(c.from)}` });
      await again.waitFor();
      await shot(page, 'declaration-2-chronologie');
      const [second] = await Promise.all([page.waitForEvent('download'), again.click()]);
      expect(second.suggestedFilename()).toBe(`declaration-suspension-${c.number}-${c.from}.pdf`);
    } finally {
      await close();
    }
  });
});
