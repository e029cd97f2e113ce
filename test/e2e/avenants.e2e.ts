/**
 * The other avenants and facts of a running convention, from its detail
 * page in the agency demo: a weekly-hours increase (only once the agency
 * accepts the new aid basis), an employer substitution, and a trial period
 * with another employer. Expected values are read from the API.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/api/contract';
import { formatDateFr } from '../../shared/format/date';
import { formatCents } from '../../shared/format/money';
import { invoke, replyOf, startApp, useBrowser } from './harness';

const browser = useBrowser();
type View = ChannelOutput<'conventions.get'>;
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};

/** A running CAE of the demo under 26 hours a week, opened on its detail page. */
async function openRunningCae(page: Page, url: string, skip = 0): Promise<View> {
  const list = await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 100 });
  const views = await Promise.all(list.items.map((row) => invoke(page, 'conventions.get', { id: row.id })));
  const view = views.filter((v) => (v.versions.at(-1)!.document.contract?.weeklyHours ?? 35) < 26)[skip];
  expect(view).toBeDefined();
  await page.goto(`${url}#/conventions/${view!.id}`);
  await page.getByRole('heading', { level: 1, name: `Convention ${view!.number}` }).waitFor();
  return view!;
}

describe('avenants and facts of a running convention', () => {
  it('raises the weekly hours only once the agency accepts the new aid basis, and states the new aid', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const view = await openRunningCae(page, app.url);
      const on = addDays(view.startsOn, 30);
      await page.getByRole('button', { name: 'Modifier la durée hebdomadaire' }).click();
      const dialog = page.getByRole('dialog', { name: 'Modifier la durée hebdomadaire de travail' });
      await dialog.getByLabel('Nouvelle durée hebdomadaire (heures)').fill('26');
      await dialog.getByLabel('Date d’effet').fill(formatDateFr(on));
      await dialog.getByLabel('Signature de l’avenant').fill(formatDateFr(on));
      await dialog.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
      await dialog
        .getByRole('alert')
        .getByText(/l’agence a accepté/)
        .waitFor();
      expect((await invoke(page, 'conventions.get', { id: view.id })).versions).toHaveLength(view.versions.length);

      await dialog.getByLabel('L’agence accepte que l’aide soit accordée sur la base de la nouvelle durée').check();
      const result = await replyOf<ChannelOutput<'conventions.addAvenant'>>(page, 'conventions.addAvenant', () =>
        dialog.getByRole('button', { name: 'Enregistrer l’avenant' }).click(),
      );
      const outcome = page.getByRole('status', { name: /Avenant de durée hebdomadaire enregistré/ });
      await outcome.waitFor();
      // The new hours run from the avenant's date: an HOURS_CHANGE fact of the new version.
      expect(result.convention.versions.at(-1)!.document.events).toContainEqual(expect.objectContaining({ kind: 'HOURS_CHANGE', on, weeklyHours: 26 }));
      expect(result.newMonthlyAidCents).not.toBeNull();
      expect(plain(await outcome.textContent())).toContain(plain(formatCents(result.newMonthlyAidCents!)));
    } finally {
      await app.close();
    }
  });

  it('substitutes the employer and records a trial period with another employer', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const view = await openRunningCae(page, app.url, 1);
      const on = addDays(view.startsOn, 20);
      await page.getByRole('button', { name: 'Substitution d’employeur' }).click();
      const dialog = page.getByRole('dialog', { name: 'Substitution d’employeur' });
      await dialog.getByLabel('SIRET du nouvel employeur').fill('81943026500028');
      await dialog.getByLabel('Dénomination').fill('Association Les Jardins du Rhône');
      await dialog.getByLabel('IBAN du nouvel employeur').fill('FR76 3000 6000 0112 3456 7890 189');
      await dialog.getByLabel('Date de la substitution').fill(formatDateFr(on));
      await dialog.getByLabel('Signature de l’avenant').fill(formatDateFr(on));
      await dialog.getByRole('button', { name: 'Enregistrer la substitution' }).click();
      await page.getByRole('status', { name: /Substitution d’employeur enregistrée/ }).waitFor();
      const after = await invoke(page, 'conventions.get', { id: view.id });
      expect(after.employer).toMatchObject({ siret: '81943026500028', name: 'Association Les Jardins du Rhône' });
      await page.getByText('Association Les Jardins du Rhône').first().waitFor();

      const from = addDays(view.startsOn, 40);
      await page.getByRole('button', { name: 'Période d’essai ailleurs' }).click();
      const trial = page.getByRole('dialog', { name: 'Déclarer une période d’essai chez un autre employeur' });
      await trial.getByLabel('Début de la période d’essai').fill(formatDateFr(from));
      await trial.getByLabel('Fin de la période d’essai').fill(formatDateFr(addDays(from, 14)));
      const recorded = await replyOf<ChannelOutput<'conventions.recordEvent'>>(page, 'conventions.recordEvent', () =>
        trial.getByRole('button', { name: 'Enregistrer la période d’essai' }).click(),
      );
      const outcome = page.getByRole('status', { name: 'Période d’essai chez un autre employeur enregistrée' });
      await outcome.waitFor();
      expect(recorded.convention.events.some((e) => e.kind === 'TRIAL_PERIOD_ELSEWHERE' && e.occurredOn === from)).toBe(true);
      if (recorded.reportingDeadline) {
        expect(await outcome.locator('[data-fact="reporting-deadline"]').textContent()).toContain(formatDateFr(recorded.reportingDeadline.due));
      }
    } finally {
      await app.close();
    }
  });
});
