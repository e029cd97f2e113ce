/**
 * The agency dashboard: what needs action today (renewals to decide, events
 * reported late) and the aid committed by month, each equal to what
 * `dashboard.summary` returns, seen from the demo's reference date.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCents } from '../../shared/format/money';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();

function statValue(page: Page, label: string) {
  return page.getByRole('group', { name: label, exact: true }).getByTestId('stat-value');
}

/** French typography uses no-break spaces (narrow or not, depending on the ICU version): compared as plain spaces. */
const spaces = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('agency dashboard', () => {
  it('shows the actions of the day and the aid committed by month, as the service counts them', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.getByRole('heading', { level: 1, name: "Tableau de bord de l'agence", exact: true }).waitFor();
      const summary = await invoke(page, 'dashboard.summary', {});
      expect(summary.today).toBe('2009-06-15');
      await page.getByText(/^Situation au 15\/06\/2009/).waitFor();

      await expect.poll(() => statValue(page, 'Renouvellements à décider').textContent()).toBe(String(summary.renewalsToDecide));
      expect(await statValue(page, 'Événements signalés en retard').textContent()).toBe(String(summary.eventsReportedLate));
      expect(summary.renewalsToDecide).toBeGreaterThan(0);
      expect(summary.eventsReportedLate).toBeGreaterThan(0);

      // The aid chart's figures, in the table for screen readers: twelve months in French, amounts in euros.
      const table = page.getByRole('table', { name: 'Aide engagée par mois' });
      expect(await table.getByRole('row').count()).toBe(13);
      expect(summary.committedAidByMonth.map((m) => m.month)).toEqual(summary.activeByMonth.map((m) => m.month));
      const rows = await table.getByRole('row').allTextContents();
      expect(rows.slice(1).map(spaces)).toEqual(summary.committedAidByMonth.map((m) => spaces(`${monthFr(m.month)}${formatCents(m.cents)}`)));
      expect(spaces(await table.getByRole('row', { name: 'juin 2009' }).textContent())).toMatch(/^juin 2009\d{1,3}( \d{3})*,\d{2} €$/);
      expect(summary.committedAidByMonth.at(-1)!.cents).toBeGreaterThan(0);

      await page.screenshot({ path: '/tmp/dash-agence.png', fullPage: true });
    } finally {
      await app.close();
    }
  });
});

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
function monthFr(isoMonth: string): string {
  return `${MONTHS[Number(isoMonth.slice(5, 7)) - 1]} ${isoMonth.slice(0, 4)}`;
}
