/**
 * The proofs of activity in the employer demo, end to end: on a CAE's
 * « Activité » tab the employer types a quarter's hours, one month wrong; the
 * check says the total exceeds the contract (an error, with its legal
 * reference); fixed, the quarter is saved, its signed PDF printed, and
 * « Préparer l'envoi » writes the `PROOF_OF_ACTIVITY` lot; the reference
 * counterpart (test/counterpart/respond.ts) accepts it, and once its answer is
 * imported the quarter reads « Accepté ».
 * With CAE_SCREENSHOTS=DIR, the screens are saved there as PNG files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/api/contract';
import { formatMonthFr } from '../../shared/format/date';
import { answerLot } from '../counterpart/respond';
import { plainText } from '../helpers/pdf';
import { closeObligationsSummary, invoke, replyOf, startApp, useBrowser } from './harness';

const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.CAE_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

type Period = ChannelOutput<'activity.get'>['periods'][number];

/** A CAE of the demo with a quarter over, not recorded yet (the demo leaves the latest ones to declare), without suspension. */
async function quarterToDeclare(page: Page): Promise<{ id: number; number: string; period: Period }> {
  const { items } = await invoke(page, 'conventions.list', { measure: 'CAE', limit: 100, offset: 0 });
  for (const c of items) {
    if (c.status !== 'en_cours' && c.status !== 'terminee') continue;
    const view = await invoke(page, 'activity.get', { conventionId: c.id });
    const period = view.periods.find((p) => p.status === 'a_saisir' && p.months.length === 3 && p.months.every((m) => m.over && m.suspensionDays === 0));
    if (period) {
      return { id: c.id, number: c.number, period };
    }
  }
  throw new Error('la démonstration employeur n’a plus de CAE dont un trimestre est à déclarer');
}

/** 8667 → `86,67`, as a person types hours. */
const typed = (hundredths: number) => `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;

describe('proofs of activity (employer workspace)', () => {
  it('records a quarter, sees the wrong total, fixes it, prints it, and the counterpart accepts the proof file', async () => {
    const { page, close, url } = await startApp(browser, { demo: 'employeur' });
    try {
      await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
      await closeObligationsSummary(page);
      const { id, number, period } = await quarterToDeclare(page);
      // Opened on that period, as the « Obligations » screen's button does.
      await page.goto(`${url}#/conventions/${id}?onglet=activite&periode=${period.start}`);
      await page.getByRole('heading', { level: 1, name: `Convention ${number}` }).waitFor();
      await page.getByRole('tab', { name: 'Activité' }).click();
      // The period's panel: the others (quarters already recorded) hold the same texts, hidden.
      const panel = page.getByRole('region', { name: new RegExp(`^${period.label}`) });
      const table = panel.getByRole('table', { name: `Mois du justificatif — ${period.label}` });
      await table.waitFor();

      // One month typed three times too high.
      const [first, second, third] = period.months as [Period['months'][number], Period['months'][number], Period['months'][number]];
      const worked = (m: Period['months'][number]) => table.getByLabel(`Heures travaillées — ${formatMonthFr(m.month)}`);
      await worked(first).fill(typed(first.contractHundredths));
      await worked(second).fill(typed(second.contractHundredths * 3));
      await worked(third).fill(typed(third.contractHundredths));
      const findings = panel.getByRole('list', { name: 'Constats du justificatif' });
      await findings.getByText('le total dépasse la durée du contrat', { exact: false }).waitFor();
      expect(await findings.textContent()).toContain('Formulaire CAE-0515');
      await shot(page, 'activite-1-total-faux');

      // Fixed: no finding, saved, ready to leave.
      await worked(second).fill(typed(second.contractHundredths));
      await panel.getByText('Aucun constat : les mois saisis correspondent au contrat.').waitFor();
      await panel.getByRole('button', { name: 'Enregistrer' }).click();
      await panel.getByText(/^Enregistré à \d{2}:\d{2}$/).waitFor();
      await page.getByRole('button', { name: new RegExp(`${period.label}.*Prêt à envoyer`) }).waitFor();

      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Imprimer le justificatif (PDF)' }).click()]);
      expect(pdf.suggestedFilename()).toBe(`justificatif-activite-${number}-${period.start}.pdf`);
      const text = await plainText(fs.readFileSync(await pdf.path()));
      expect(text).toContain('JUSTIFICATIF TRIMESTRIEL D’ACTIVITÉ');
      expect(text).toContain('Signature et cachet de l’employeur');

      // « Préparer l'envoi »: one lot with the proof, downloaded for the payment organisation.
      const prepared = await replyOf<ChannelOutput<'activity.prepareProofs'>>(page, 'activity.prepareProofs', () =>
        page.getByRole('button', { name: 'Préparer l’envoi' }).click(),
      );
      expect(prepared.lots).toHaveLength(1);
      const lotName = prepared.lots[0]!.fileName;
      await page.getByRole('heading', { name: `Justificatif(s) prêt(s) à remettre : ${lotName}` }).waitFor();
      await shot(page, 'activite-2-envoi-prepare');
      const [lotDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Télécharger le lot ${lotName}` }).click()]);
      const lotText = fs.readFileSync(await lotDownload.path(), 'utf8');
      const lot = JSON.parse(lotText) as { lines: { record: string; conventionNumber: string; quarterStart: string; months: unknown[] }[] };
      expect(lot.lines).toEqual([expect.objectContaining({ record: 'PROOF_OF_ACTIVITY', conventionNumber: number, quarterStart: period.start })]);
      expect(lot.lines[0]!.months).toHaveLength(3);

      // The payment organisation accepts it; its answer, imported, shows on the tab.
      const answer = answerLot(lotText, '2009-06-20T09:00:00Z', 1, new Set([number]));
      expect((JSON.parse(answer.text) as { lines: { record: string }[] }).lines.map((l) => l.record)).toEqual(['ACCEPTED']);
      const imported = await invoke(page, 'exchanges.import', {
        fileName: answer.fileName,
        base64: Buffer.from(answer.text).toString('base64'),
        dryRun: false,
      });
      expect(imported.kind).toBe('applied');
      await page.reload();
      await closeObligationsSummary(page);
      await page.getByRole('tab', { name: 'Activité' }).click();
      const accepted = page.getByRole('button', { name: new RegExp(`${period.label}.*Accepté`) });
      await accepted.waitFor();
      if ((await accepted.getAttribute('aria-expanded')) !== 'true') await accepted.click();
      await panel.getByText(`Le justificatif est parti dans le lot ${lotName}`, { exact: false }).waitFor();
      await shot(page, 'activite-3-accepte');
    } finally {
      await close();
    }
  });
});
