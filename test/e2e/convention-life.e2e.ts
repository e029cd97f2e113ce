/**
 * The life of a convention from its detail page, in the agency demo: open it
 * from the list and read its sections, download its PDF, renew it and compare
 * the versions, report a suspension then a rupture (deadline, documents,
 * effect on the aid), and carry a dénonciation from the notice to the
 * decision. Every expected value is read from the API, never hard-coded.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/api/contract';
import { formatDateFr } from '../../shared/format/date';
import { formatCents } from '../../shared/format/money';
import { pdfText } from '../helpers/pdf';
import { invoke, replyOf, startApp, useBrowser, type RunningApp } from './harness';

const browser = useBrowser();
type Row = ChannelOutput<'conventions.list'>['items'][number];

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};
const fact = (page: Page, id: string) => page.locator(`[data-fact="${id}"]`);
const heading = (page: Page, number: string) => page.getByRole('heading', { level: 1, name: `Convention ${number}` });

/** The running CAE conventions of the demo, a few kept for each test. */
async function runningCae(page: Page): Promise<Row[]> {
  const list = await invoke(page, 'conventions.list', { status: 'en_cours', measure: 'CAE', limit: 50 });
  expect(list.items.length).toBeGreaterThan(4);
  return list.items;
}

async function openDetail(app: RunningApp, row: Row) {
  await app.page.goto(`${app.url}#/conventions/${row.id}`);
  await heading(app.page, row.number).waitFor();
}

async function downloadPdf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  return { name: download.suggestedFilename(), head: bytes.subarray(0, 4).toString('latin1'), text: await pdfText(bytes) };
}

describe('the life of a convention', () => {
  it('opens a convention from the list with the keyboard, shows its sections and downloads its PDF', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const [row] = await runningCae(page);
      const view = await invoke(page, 'conventions.get', { id: row!.id });
      await page.goto(`${app.url}#/conventions`);
      await page.getByLabel('Rechercher').fill(row!.number);
      const link = page.getByRole('table', { name: 'Liste des conventions' }).getByRole('link', { name: row!.number, exact: true });
      await link.focus();
      await page.keyboard.press('Enter');
      await heading(page, row!.number).waitFor();
      expect(page.url()).toContain(`#/conventions/${row!.id}`);
      expect(await page.title()).toBe(`Convention ${row!.number} — Conventions CAE`);

      const summary = page.getByRole('region', { name: 'Résumé de la convention' });
      expect(await fact(page, 'status').textContent()).toBe('En cours');
      expect(await summary.textContent()).toContain(view.employee.fullName);
      expect(await summary.textContent()).toContain(view.employer.name);
      expect(await summary.textContent()).toContain(view.employee.nirMasked ?? 'non renseigné');
      expect(await fact(page, 'period').textContent()).toBe(`du ${formatDateFr(view.startsOn)} au ${formatDateFr(view.endsOn)}`);
      // Only what « En cours » allows.
      const actions = page.getByRole('group', { name: 'Actions sur la convention' });
      expect(await actions.getByRole('button').allTextContents()).toEqual([
        'Terminer',
        'Renouveler',
        'Modifier la durée hebdomadaire',
        'Substitution d’employeur',
        'Déclarer une suspension',
        'Période d’essai ailleurs',
        'Déclarer une rupture',
        'Dénoncer',
      ]);

      const tabs = page.getByRole('tablist', { name: 'Sections de la convention' });
      expect(await tabs.getByRole('tab').allTextContents()).toEqual([
        `Constats (${view.findings.length})`,
        'Montants',
        `Versions (${view.versions.length})`,
        `Événements (${view.events.length})`,
        'Historique',
      ]);
      await tabs.getByRole('tab', { name: 'Montants' }).click();
      expect(plain(await fact(page, 'monthly-aid').textContent())).toBe(plain(formatCents(view.computed.monthlyAidCents!)));
      const payments = page.getByRole('table', { name: 'Échéancier de l’aide' }).locator('tbody tr');
      expect(await payments.count()).toBe(view.computed.aidPayments.length);
      const first = view.computed.aidPayments[0]!;
      const cells = await payments.first().locator('td').allTextContents();
      expect(cells[0]).toBe(formatDateFr(first.due));
      expect(plain(cells[2] ?? '')).toBe(plain(formatCents(first.amountCents)));
      expect(plain(cells[2] ?? '')).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);
      expect(await page.getByRole('table', { name: 'Délais de déclaration' }).locator('tbody tr').count()).toBe(view.computed.reportingDeadlines.length);
      await tabs.getByRole('tab', { name: /^Versions/ }).click();
      expect(await page.getByRole('table', { name: 'Versions de la convention' }).locator('tbody tr').first().textContent()).toContain('Convention initiale');
      await tabs.getByRole('tab', { name: /^Événements/ }).click();
      await page.getByText('Aucun événement').waitFor();
      await tabs.getByRole('tab', { name: 'Historique' }).click();
      const history = page.getByRole('table', { name: 'Historique des statuts' }).locator('tbody tr');
      expect(await history.count()).toBe(view.timeline.length);
      expect(await history.last().textContent()).toContain(`${formatDateFr(view.timeline.at(-1)!.on)}Signée → En cours`);

      const pdf = await downloadPdf(page, () => page.getByRole('button', { name: 'Imprimer (PDF)' }).click());
      expect(pdf.name).toBe(`convention-${row!.number}-00.pdf`);
      expect(pdf.head).toBe('%PDF');
      expect(pdf.text).toContain(row!.number);
      await page.screenshot({ path: '/tmp/life-detail.png', fullPage: true });
    } finally {
      await app.close();
    }
  });

  it('offers only what the status allows: a convention to sign shows « Signer » and its form', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const [row] = (await invoke(page, 'conventions.list', { status: 'a_signer', limit: 1 })).items;
      const view = await invoke(page, 'conventions.get', { id: row!.id });
      await openDetail(app, row!);
      const actions = page.getByRole('group', { name: 'Actions sur la convention' });
      expect(await actions.getByRole('button').allTextContents()).toEqual(['Signer', 'Renvoyer en brouillon']);
      await actions.getByRole('button', { name: 'Signer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Signer la convention' });
      await dialog.getByLabel('Date de signature').waitFor();
      const warnings = view.findings.filter((f) => f.severity === 'warning');
      expect(await dialog.getByRole('textbox', { name: /^Justification :/ }).count()).toBe(new Set(warnings.map((w) => w.code)).size);
      await page.screenshot({ path: '/tmp/life-sign.png', fullPage: true });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await app.close();
    }
  });

  it('deletes a draft after confirmation and says so on the list; the number is gone for good', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const drafts = await invoke(page, 'conventions.list', { status: 'brouillon', limit: 5 });
      const row = drafts.items[0]!;
      await openDetail(app, row);
      const actions = page.getByRole('group', { name: 'Actions sur la convention' });
      expect(await actions.getByRole('button').allTextContents()).toEqual(['Envoyer à la signature', 'Supprimer le brouillon']);
      await actions.getByRole('button', { name: 'Supprimer le brouillon' }).click();
      const dialog = page.getByRole('dialog', { name: 'Supprimer le brouillon' });
      await dialog.getByText(`Le brouillon ${row.number} sera supprimé définitivement`, { exact: false }).waitFor();
      await page.screenshot({ path: '/tmp/life-delete-draft.png', fullPage: true });
      await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Brouillon ${row.number} supprimé` })
        .waitFor();
      await page.getByRole('heading', { level: 1, name: 'Conventions' }).waitFor();
      const after = await invoke(page, 'conventions.list', { status: 'brouillon', limit: 5 });
      expect(after.total).toBe(drafts.total - 1);
      expect(after.items.map((c) => c.number)).not.toContain(row.number);
    } finally {
      await app.close();
    }
  });
  it('renews a running CAE, shows the new version and compares it with the first; refuses more than 24 months', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      // A six-month convention: one renewal of six months stays well within 24 months.
      const row = (await runningCae(page)).find((r) => r.endsOn !== null && r.endsOn < addDays(r.startsOn, 200))!;
      await openDetail(app, row);
      const from = addDays(row.endsOn!, 1);
      const to = addDays(row.endsOn!, 182);
      await page.getByRole('button', { name: 'Renouveler' }).click();
      const dialog = page.getByRole('dialog', { name: 'Renouveler la convention' });
      expect(await dialog.getByLabel('Début du renouvellement').inputValue()).toBe(formatDateFr(from));
      await dialog.getByLabel('Fin du renouvellement').fill('31/02/2010');
      await dialog.getByRole('button', { name: 'Renouveler' }).click();
      await dialog.getByText('Fin du renouvellement : date attendue au format JJ/MM/AAAA').waitFor();
      await dialog.getByLabel('Fin du renouvellement').fill(formatDateFr(to));
      await dialog.getByRole('button', { name: 'Renouveler' }).click();
      await page.getByRole('status', { name: 'Renouvellement enregistré : version 01' }).waitFor();
      await expect.poll(() => fact(page, 'period').textContent()).toBe(`du ${formatDateFr(row.startsOn)} au ${formatDateFr(to)}`);

      await page.getByRole('tab', { name: 'Versions (2)' }).click();
      const versions = page.getByRole('table', { name: 'Versions de la convention' }).locator('tbody tr');
      expect(await versions.nth(1).textContent()).toContain('Avenant de renouvellement');
      expect(await versions.nth(1).textContent()).toContain(`du ${formatDateFr(from)} au ${formatDateFr(to)}`);
      await page.getByRole('button', { name: 'Comparer la version 01 avec la précédente' }).click();
      const diff = page.getByRole('table', { name: 'Différences entre la version 00 et la version 01' });
      await diff.waitFor();
      const cells = await diff.locator('tbody tr').first().locator('td').allTextContents();
      expect(cells[0]).toBe('Renouvellement 1');
      expect(cells[1]).toBe('—');
      expect(cells[2]).toContain(`Fin : ${formatDateFr(to)}`);
      await page.screenshot({ path: '/tmp/life-renewal.png', fullPage: true });

      // Beyond 24 months in all: the rules refuse, in French, inside the form.
      await page.getByRole('button', { name: 'Renouveler' }).click();
      await dialog.getByLabel('Fin du renouvellement').fill(formatDateFr(addDays(to, 800)));
      await dialog.getByRole('button', { name: 'Renouveler' }).click();
      await dialog
        .getByRole('alert')
        .getByText(/ne dépasse pas 24 mois/)
        .waitFor();
      await page.screenshot({ path: '/tmp/life-renewal-refused.png', fullPage: true });
    } finally {
      await app.close();
    }
  });

  it('records a suspension then a rupture: deadline, documents, aid before and after, repayment, status Résiliée', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const row = (await runningCae(page))[2]!;
      await openDetail(app, row);

      await page.getByRole('button', { name: 'Déclarer une suspension' }).click();
      const suspension = page.getByRole('dialog', { name: 'Déclarer une suspension du contrat' });
      await suspension.getByLabel('Début de la suspension').fill(formatDateFr(addDays(row.startsOn, 10)));
      await suspension.getByLabel('Fin de la suspension').fill(formatDateFr(addDays(row.startsOn, 20)));
      await suspension.getByLabel('Motif').selectOption({ label: 'Maladie' });
      await suspension.getByRole('radio', { name: 'Non' }).check();
      const suspended = await replyOf<ChannelOutput<'conventions.recordEvent'>>(page, 'conventions.recordEvent', () =>
        suspension.getByRole('button', { name: 'Enregistrer la suspension' }).click(),
      );
      await page.getByRole('status', { name: 'Suspension enregistrée' }).waitFor();
      expect(await fact(page, 'reporting-deadline').textContent()).toBe(formatDateFr(suspended.reportingDeadline!.due));
      expect(await fact(page, 'reporting-deadline').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(plain(await fact(page, 'aid-before').textContent())).toBe(plain(formatCents(suspended.aid.totalBeforeCents)));
      expect(plain(await fact(page, 'aid-after').textContent())).toBe(plain(formatCents(suspended.aid.totalAfterCents)));
      expect(suspended.checklist.length).toBeGreaterThan(0);
      expect(await page.getByRole('list', { name: 'Documents à recueillir' }).textContent()).toContain(suspended.checklist[0]!.document);
      await page.getByRole('tab', { name: 'Événements (1)' }).click();
      const eventCells = await page.getByRole('table', { name: 'Événements du contrat' }).locator('tbody tr').first().locator('td').allTextContents();
      expect(eventCells.slice(0, 4)).toEqual(['Suspension', formatDateFr(addDays(row.startsOn, 10)), formatDateFr(addDays(row.startsOn, 20)), 'Maladie']);

      await page.getByRole('button', { name: 'Déclarer une rupture' }).click();
      const rupture = page.getByRole('dialog', { name: 'Déclarer une rupture du contrat' });
      await rupture.getByLabel('Date de la rupture').fill(formatDateFr(addDays(row.startsOn, 40)));
      await rupture.getByLabel('Motif').selectOption({ label: 'Autre motif' });
      await rupture.getByRole('radio', { name: 'de l’employeur' }).check();
      const broken = await replyOf<ChannelOutput<'conventions.recordEvent'>>(page, 'conventions.recordEvent', () =>
        rupture.getByRole('button', { name: 'Enregistrer la rupture' }).click(),
      );
      await page.getByRole('status', { name: 'Rupture enregistrée' }).waitFor();
      await expect.poll(() => fact(page, 'status').textContent()).toBe('Résiliée');
      expect(await fact(page, 'reporting-deadline').textContent()).toBe(formatDateFr(broken.reportingDeadline!.due));
      expect(await page.getByRole('list', { name: 'Documents à recueillir' }).textContent()).toContain(broken.checklist[0]!.document);
      // An employer's rupture outside the cases the texts allow: the aid received is repaid.
      const repayment = broken.aid.repaymentDue!;
      expect(repayment.kind).toBe('FULL');
      expect(plain(await fact(page, 'repayment-amount').textContent())).toBe(plain(formatCents(repayment.amountCents)));
      expect(await fact(page, 'repayment-due').textContent()).toBe(formatDateFr(repayment.due));
      // A résiliée convention is final: no more actions.
      expect(await page.getByRole('group', { name: 'Actions sur la convention' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Historique' }).click();
      expect(await page.getByRole('table', { name: 'Historique des statuts' }).locator('tbody tr').last().textContent()).toContain('En cours → Résiliée');
      await page.screenshot({ path: '/tmp/life-rupture.png', fullPage: true });
    } finally {
      await app.close();
    }
  });

  it('carries a dénonciation from the notice to the decision, with the deadlines and the letter', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      const row = (await runningCae(page))[3]!;
      await openDetail(app, row);
      const notice = addDays(row.startsOn, 20);

      await page.getByRole('button', { name: 'Dénoncer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Notifier l’intention de dénoncer la convention' });
      await dialog.getByLabel('Date de la notification').fill(formatDateFr(notice));
      await dialog.getByLabel('Manquements constatés').fill('Le salarié n’a bénéficié d’aucune action de formation prévue');
      await dialog.getByRole('button', { name: 'Notifier l’intention' }).click();
      const section = page.getByRole('region', { name: 'Dénonciation' });
      await section.waitFor();
      const open = await invoke(page, 'conventions.get', { id: row.id });
      expect(await fact(page, 'observations-deadline').textContent()).toBe(formatDateFr(open.denunciation!.observationsDeadline));
      expect(open.denunciation!.observationsDeadline).toBe(addDays(notice, 7));
      expect(await page.getByRole('button', { name: 'Dénoncer' }).count()).toBe(0);
      const intent = await downloadPdf(page, () => section.getByRole('button', { name: 'Lettre de dénonciation (PDF)' }).click());
      expect(intent.head).toBe('%PDF');
      expect(intent.text).toContain(row.number);
      await page.screenshot({ path: '/tmp/life-denunciation-notice.png', fullPage: true });

      const observations = section.getByRole('region', { name: 'Observations de l’employeur' });
      await observations.getByLabel('Date de réception des observations').fill(formatDateFr(addDays(notice, 3)));
      await observations.getByLabel('Observations reçues').fill('Une formation est prévue le mois prochain.');
      await observations.getByRole('button', { name: 'Enregistrer les observations' }).click();
      await section.getByText('Une formation est prévue le mois prochain.', { exact: false }).waitFor();

      const decision = section.getByRole('region', { name: 'Décision' });
      await decision.getByLabel('Date de notification de la décision').fill(formatDateFr(addDays(notice, 10)));
      await decision.getByRole('radio', { name: 'Dénoncer la convention' }).check();
      await decision.getByLabel('Motif de la décision').fill('Observations examinées : aucune formation engagée.');
      await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
      await expect.poll(() => fact(page, 'status').textContent()).toBe('Dénoncée');
      const decided = await invoke(page, 'conventions.get', { id: row.id });
      expect(await fact(page, 'appeal-deadline').textContent()).toBe(formatDateFr(decided.denunciation!.appealDeadline));
      expect(plain(await fact(page, 'denunciation-repayment').textContent())).toBe(plain(formatCents(decided.denunciation!.repaymentCents!)));

      const payer = section.getByRole('region', { name: 'Information de l’organisme payeur' });
      await payer.getByLabel('Organisme payeur informé le').fill(formatDateFr(addDays(notice, 11)));
      await payer.getByRole('button', { name: 'Enregistrer l’information de l’organisme payeur' }).click();
      await payer.waitFor({ state: 'detached' });
      expect((await invoke(page, 'conventions.get', { id: row.id })).denunciation!.paymentOrganisationInformedOn).toBe(addDays(notice, 11));

      const letter = await downloadPdf(page, () => section.getByRole('button', { name: 'Lettre de dénonciation (PDF)' }).click());
      expect(letter.name).toBe(`denonciation-${row.number}.pdf`);
      expect(letter.head).toBe('%PDF');
      expect(letter.text).toContain(row.number);
      await page.screenshot({ path: '/tmp/life-denunciation.png', fullPage: true });
    } finally {
      await app.close();
    }
  });
});
