/**
 * The employer's day, end to end in browser mode (issue #14, « Done when »):
 * an employer is set up (profile, establishment), imports its agency's
 * convention package and enters one convention received on paper by hand,
 * records a quarter's activity and sends the proof file (the reference
 * counterpart accepts it), sees a deadline appear after a suspension and
 * downloads its declaration, reconciles a received payment that differs
 * from the expected one, prints the yearly report to the staff
 * representatives, exports the accountant's CSV; and `cae obligations --json`
 * lists the same obligations as the screen.
 * With CAE_SCREENSHOTS=DIR the screens are saved there (the README's
 * pictures: `CAE_SCREENSHOTS=docs/screenshots`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/api/contract';
import { formatMonthFr } from '../../shared/format/date';
import { main } from '../../electron/cli/main';
import { makeNir } from '../../electron/app/demo/identifiers';
import { answerLot } from '../counterpart/respond';
import { fakeIo } from '../helpers/cli';
import { agency, exampleCae } from '../helpers/conventions';
import { plainText } from '../helpers/pdf';
import { invoke, replyOf, startApp, useBrowser, type RunningApp } from './harness';
import { addEstablishment, createEmployer, enterReceivedConvention, fillProfile, heading, nav, recordSigned } from './steps/employer-setup';
import { TEST_PASSPHRASE } from '../helpers/passphrase';

const browser = useBrowser();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** The screen as a person sees it on arrival: scrolled to the top, no focus ring on a link clicked (the README's pictures). */
const shot = async (page: Page, name: string) => {
  const dir = process.env.CAE_SCREENSHOTS;
  if (!dir) return;
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: path.join(dir, `journee-${name}.png`) });
};

/** The agency's side: the package of the example employer with one CAE for another person (Lucas BERNARD), signed and running. */
async function agencyPackage(work: string): Promise<{ file: string; number: string }> {
  const a = await agency(path.join(work, 'agence'));
  try {
    const doc = exampleCae();
    doc.employee = {
      ...doc.employee!,
      civility: 'M',
      lastName: 'BERNARD',
      birthName: 'BERNARD',
      firstNames: 'Lucas',
      birthDate: '1988-09-02',
      nir: makeNir({ sex: 1, birthDate: '1988-09-02', department: '69', commune: 123, order: 45 }),
      jobseekerId: '0698765K',
      allowances: [],
    };
    const draft = await a.ok('conventions.saveDraft', { document: doc });
    a.setToday('2008-06-09');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    await a.ok('conventions.transition', { id: draft.id, to: 'en_cours', date: '2008-06-09' });
    const [employer] = (await a.ok('employers.list', { limit: 10, offset: 0 })).items;
    const pkg = await a.ok('exchanges.exportPackage', { employerId: employer!.id });
    const file = path.join(work, pkg.fileName);
    fs.writeFileSync(file, Buffer.from(pkg.base64, 'base64'));
    return { file, number: (await a.ok('conventions.get', { id: draft.id })).number };
  } finally {
    a.app.close();
  }
}

async function importPackage(page: Page, file: string, number: string) {
  await nav(page).getByRole('link', { name: 'Échanges', exact: true }).click();
  await heading(page, 'Échanges');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importer un fichier' }).click()]);
  await chooser.setFiles(file);
  const dialog = page.getByRole('dialog', { name: `Importer ${path.basename(file)}` });
  await dialog.getByText(new RegExp(`^${number} : nouvelle `)).waitFor();
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await dialog.getByText('Total : 1 nouvelle(s), 0 mise(s) à jour, 0 inchangée(s).').waitFor();
  await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
}

async function openConvention(page: Page, number: string) {
  await nav(page).getByRole('link', { name: 'Conventions', exact: true }).click();
  await heading(page, 'Conventions');
  await page.getByRole('link', { name: number, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Convention ${number}` }).waitFor();
}

/** 8667 → `86,67`, as a person types hours. */
const typed = (hundredths: number) => `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;

/** The first quarter of the package's convention: typed, saved, sent as a `PROOF_OF_ACTIVITY` lot that the counterpart accepts. */
async function declareQuarter(page: Page, number: string) {
  await openConvention(page, number);
  // What the agency decides, the employer records as received.
  const actions = page.getByRole('group', { name: 'Actions sur la convention' });
  await actions.getByRole('button', { name: 'Enregistrer un renouvellement signé' }).waitFor();
  expect(await actions.getByRole('button', { name: 'Renouveler', exact: true }).count()).toBe(0);
  await page.getByRole('tab', { name: 'Activité' }).click();
  const conventionId = (await invoke(page, 'conventions.list', { limit: 50, offset: 0 })).items.find((c) => c.number === number)!.id;
  const quarter = (await invoke(page, 'activity.get', { conventionId })).periods[0]!;
  const table = page.getByRole('table', { name: `Mois du justificatif — ${quarter.label}` });
  await table.waitFor();
  for (const m of quarter.months) {
    await table.getByLabel(`Heures travaillées — ${formatMonthFr(m.month)}`).fill(typed(m.contractHundredths));
  }
  await page.getByText('Aucun constat : les mois saisis correspondent au contrat.').waitFor();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`${quarter.label}.*Prêt à envoyer`) }).waitFor();
  await shot(page, '3-activite');
  const prepared = await replyOf<ChannelOutput<'activity.prepareProofs'>>(page, 'activity.prepareProofs', () =>
    page.getByRole('button', { name: 'Préparer l’envoi' }).click(),
  );
  const lotName = prepared.lots[0]!.fileName;
  const [lot] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Télécharger le lot ${lotName}` }).click()]);
  const lotText = fs.readFileSync(await lot.path(), 'utf8');
  expect((JSON.parse(lotText) as { lines: { record: string }[] }).lines.map((l) => l.record)).toEqual(['PROOF_OF_ACTIVITY']);
  // The payment organisation's answer (the reference counterpart), imported as any return file.
  const answer = answerLot(lotText, new Date().toISOString().slice(0, 19) + 'Z', 1, new Set([number]));
  expect((JSON.parse(answer.text) as { lines: { record: string }[] }).lines.map((l) => l.record)).toEqual(['ACCEPTED']);
  const imported = await invoke(page, 'exchanges.import', { fileName: answer.fileName, base64: Buffer.from(answer.text).toString('base64'), dryRun: false });
  expect(imported.kind).toBe('applied');
  return { conventionId, quarter };
}

/** A suspension recorded on the hand-entered convention: its declaration is due in 7 jours francs, overdue on today's calendar. */
async function suspendAndSeeDeadline(page: Page) {
  await openConvention(page, '069-0608-69012-00042');
  await page.getByRole('button', { name: 'Déclarer une suspension' }).click();
  const dialog = page.getByRole('dialog', { name: 'Déclarer une suspension du contrat' });
  await dialog.getByLabel('Début de la suspension').fill('01/10/2008');
  await dialog.getByLabel('Fin de la suspension').fill('10/10/2008');
  await dialog.getByLabel('Motif').selectOption({ label: 'Maladie' });
  await dialog.getByRole('radio', { name: 'Non' }).check();
  await dialog.getByRole('button', { name: 'Enregistrer la suspension' }).click();
  await page.getByRole('status', { name: 'Suspension enregistrée' }).waitFor();

  await nav(page).getByRole('link', { name: 'Obligations', exact: true }).click();
  await heading(page, 'Obligations');
  const row = page.getByRole('table', { name: 'Liste des obligations' }).locator('tbody tr').filter({ hasText: 'Déclaration de la suspension du 01/10/2008' });
  await row.getByText('En retard').waitFor();
  // 01/10/2008 + 7 jours francs: the 9th (form CAE-0515).
  await row.getByText('09/10/2008').waitFor();
  await shot(page, '4-obligations');
  const [declaration] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Déclaration (PDF)' }).click()]);
  const text = plain(await plainText(fs.readFileSync(await declaration.path())));
  expect(text).toContain('01/10/2008');
  expect(text).toContain('09/10/2008');
  expect(text).toMatch(/arrêt médical/);
}

/** A notice of the package convention's first month, 25 € short: typed on « Aides », explained at once. */
async function reconcilePayment(page: Page, number: string) {
  await nav(page).getByRole('link', { name: 'Aides', exact: true }).click();
  await heading(page, 'Aides');
  const overview = await invoke(page, 'aids.overview', {});
  const convention = overview.conventions.find((c) => c.number === number)!;
  const june = convention.periods.find((p) => p.periodStart.startsWith('2008-06'))!;
  const form = page.getByRole('form', { name: 'Saisir un versement reçu' });
  await form.getByRole('combobox', { name: 'Convention' }).click();
  await page.getByRole('option', { name: `${number} — ${convention.employeeName}` }).click();
  await form.getByRole('combobox', { name: 'Période couverte' }).click();
  await page.getByRole('option', { name: /^juin 2008 — prévu/ }).click();
  await form.getByRole('textbox', { name: 'Reçu le' }).fill('10/06/2008');
  await form.getByRole('textbox', { name: 'Montant reçu' }).fill(((june.expectedCents - 2500) / 100).toFixed(2).replace('.', ','));
  await form.getByRole('textbox', { name: 'Référence de l’avis' }).fill('Avis CNASEA 2008-06-0017');
  await form.getByRole('button', { name: 'Enregistrer le versement' }).click();
  const recorded = page.getByRole('status').filter({ hasText: 'Versement enregistré' });
  await recorded.waitFor();
  expect(plain(await recorded.innerText())).toContain('juin 2008 : 25,00 € de moins que prévu');
  await page.getByRole('heading', { name: 'Écarts à examiner (1)' }).waitFor();
  await shot(page, '5-aides');
}

async function yearlyReport(page: Page) {
  await nav(page).getByRole('link', { name: 'Personnel', exact: true }).click();
  await heading(page, 'Personnel');
  await page.getByLabel('Année du rapport').selectOption('2008');
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Rapport annuel aux représentants du personnel (PDF)' }).click(),
  ]);
  const text = plain(await plainText(fs.readFileSync(await report.path())));
  expect(text).toMatch(/RAPPORT ANNUEL AUX INSTITUTIONS REPRÉSENTATIVES DU PERSONNEL|Rapport annuel aux institutions représentatives du personnel/);
  expect(text).toContain('MARTIN');
  expect(text).toContain('BERNARD');
  await shot(page, '6-personnel');
}

async function accountantCsv({ page, exportedFile }: RunningApp, number: string) {
  await nav(page).getByRole('link', { name: 'Aides', exact: true }).click();
  await page.getByRole('heading', { name: 'Écarts à examiner (1)' }).waitFor();
  const { bytes } = await exportedFile(() => page.getByRole('button', { name: 'Exporter les aides (CSV)' }).click());
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  const difference = lines.find((l) => l.split(';')[10] === 'Écart')!.split(';');
  expect([difference[0], difference[3], difference[9]]).toEqual([number, 'juin 2008', '-25,00']);
}

describe('the employer’s day', () => {
  it(
    'sets up, imports the package, enters a convention, declares a quarter, sees a deadline, reconciles, reports and exports',
    { timeout: 240_000 },
    async () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-day-'));
      const { file, number } = await agencyPackage(work);
      const app = await startApp(browser);
      try {
        const { page, dataDir } = app;
        await createEmployer(page);
        await fillProfile(page);
        await addEstablishment(page);
        await shot(page, '1-etablissements');
        await importPackage(page, file, number);
        await enterReceivedConvention(page);
        await recordSigned(page);
        await shot(page, '2-conventions');

        const { quarter } = await declareQuarter(page, number);
        await suspendAndSeeDeadline(page);
        // The quarter sent and accepted is done on the screen, with its lot.
        const screen = await invoke(page, 'obligations.list', {});
        const proof = screen.items.find((i) => i.key.endsWith(`:PROOF:${quarter.start}`) && i.conventionNumber === number)!;
        expect(proof.state).toBe('fait');
        expect(proof.done?.by).toMatch(/^envoyé dans le lot /);

        await reconcilePayment(page, number);
        await yearlyReport(page);
        await accountantCsv(app, number);

        // The command line reads the same list as the screen.
        const io = fakeIo(work);
        io.env.CAE_PHRASE_SECRETE = TEST_PASSPHRASE; // the workspace is encrypted (issue #15)
        expect(await main(['obligations', '--data-dir', dataDir, '--json'], io)).toBe(0);
        expect(JSON.parse(io.out())).toEqual(await invoke(page, 'obligations.list', {}));
      } finally {
        await app.close();
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
