import { callsOf } from '../../test/helpers/app-calls';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityMonthInput } from '../../shared/api/activity-contract';
import type { ApiReplyOf, Channel, ChannelInput } from '../../shared/api/contract';
import { answerLot } from '../../test/counterpart/respond';
import { agency, runningCae } from '../../test/helpers/conventions';
import { plainText } from '../../test/helpers/pdf';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices, type AppServices } from '../api/app-services';
import { putEmployerProfile } from '../db/repositories/employer-profile';
import { outboundLot } from '../sync/schemas';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';

const tempDir = useTempDir('cae-activity-');
const opened: AppServices[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

interface Employer {
  app: AppServices;
  conventionId: number;
  number: string;
  setToday: (day: string) => void;
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ApiReplyOf<C>>;
  ok: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Extract<ApiReplyOf<C>, { ok: true }>['value']>;
  rows: () => number;
}

/**
 * The example CAE (9 June to 8 December 2008, 20 h a week) signed by the
 * agency, then imported with its convention package into a fresh employer
 * workspace seen on 10 September 2008.
 */
async function employerWithCae(): Promise<Employer> {
  const a = await agency(path.join(tempDir(), 'agence'));
  opened.push(a.app);
  const id = await runningCae(a);
  const employerId = a.app.workspaces.current().prepare('SELECT employer_id FROM conventions WHERE id = ?').pluck().get(id) as number;
  const pkg = await a.ok('exchanges.exportPackage', { employerId });
  let day = '2008-09-10';
  const app = createAppServices({
    dataDir: path.join(tempDir(), 'employeur'),
    mode: 'browser',
    today: () => day,
    now: () => `${day}T10:00:00.000Z`,
    log: () => undefined,
  });
  opened.push(app);
  const { call, ok } = callsOf(app);
  await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Les Jardins du Rhône' });
  const applied = await ok('exchanges.import', { fileName: pkg.fileName, base64: pkg.base64, dryRun: false });
  expect(applied.kind).toBe('applied');
  const db = app.workspaces.current();
  const row = db.prepare('SELECT id, number FROM conventions').get() as { id: number; number: string };
  return {
    app,
    conventionId: row.id,
    number: row.number,
    setToday: (d) => {
      day = d;
    },
    call,
    ok,
    rows: () => db.prepare('SELECT count(*) FROM activity_months').pluck().get() as number,
  };
}

const month = (m: string, hours: number, extra: Partial<ActivityMonthInput> = {}): ActivityMonthInput => ({
  month: m,
  workedHundredths: Math.round(hours * 100),
  paidLeaveHundredths: 0,
  sickLeaveHundredths: 0,
  otherAbsenceHundredths: 0,
  unpaidSuspensionDays: 0,
  ...extra,
});
/** The first quarter at the contract's hours: June from the 9th (63,56 h), July and August (86,67 h). */
const FIRST_QUARTER = [month('2008-06', 63.56), month('2008-07', 86.67), month('2008-08', 86.67)];
const Q1 = '2008-06-09';

describe('proofs of activity in an employer workspace', () => {
  it('lists the periods of the convention with the contract’s hours, the months already over and nothing recorded', async () => {
    const e = await employerWithCae();
    const view = await e.ok('activity.get', { conventionId: e.conventionId });
    expect(view).toMatchObject({ number: e.number, measure: 'CAE', employeeName: 'MARTIN Claire', today: '2008-09-10', blocked: null });
    expect(view.periods.map((p) => [p.label, p.start, p.end, p.status])).toEqual([
      ['1er trimestre', '2008-06-09', '2008-08-31', 'a_saisir'],
      ['2e trimestre', '2008-09-01', '2008-12-08', 'a_saisir'],
    ]);
    expect(view.periods[0]!.months.map((m) => [m.month, m.contractHundredths, m.over, m.recorded])).toEqual([
      ['2008-06', 6356, true, null],
      ['2008-07', 8667, true, null],
      ['2008-08', 8667, true, null],
    ]);
    expect(view.periods[1]!.months.every((m) => !m.over)).toBe(true);
    expect(view.periods[0]!.check.findings).toEqual([]);
  });

  it('records a quarter in one transaction, by whom and when, and it is ready to leave', async () => {
    const e = await employerWithCae();
    const saved = await e.ok('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: FIRST_QUARTER });
    expect(saved.saved).toEqual({ periodStart: Q1, months: 3, recordedAt: '2008-09-10T10:00:00.000Z' });
    const q1 = saved.periods[0]!;
    expect(q1.status).toBe('pret');
    expect(q1.check).toMatchObject({ findings: [], sendable: true, totals: { workedHundredths: 23690, contractHundredths: 23690 } });
    expect(q1.months[1]!.recorded).toEqual({
      workedHundredths: 8667,
      paidLeaveHundredths: 0,
      sickLeaveHundredths: 0,
      otherAbsenceHundredths: 0,
      unpaidSuspensionDays: 0,
      recordedAt: '2008-09-10T10:00:00.000Z',
      recordedBy: 'Association Les Jardins du Rhône',
    });
    const audit = e.app.workspaces.current().prepare("SELECT actor, entity_id AS id FROM audit_log WHERE action = 'activity.save'").all();
    expect(audit).toEqual([{ actor: 'Association Les Jardins du Rhône', id: e.conventionId }]);
    // Saved again without August: the period's months are those typed, August is no longer recorded.
    const partial = await e.ok('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: FIRST_QUARTER.slice(0, 2) });
    expect(partial.periods[0]!.status).toBe('incomplet');
    expect(e.rows()).toBe(2);
  });

  it('refuses a month not over yet, or outside the period, and writes nothing', async () => {
    const e = await employerWithCae();
    e.setToday('2008-08-20');
    const early = await e.call('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: FIRST_QUARTER });
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error.code).toBe('INVALID_INPUT');
      expect(early.error.message).toContain('Août 2008 n’est pas terminé (la convention le couvre jusqu’au 31/08/2008)');
    }
    e.setToday('2008-09-10');
    const outside = await e.call('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: [...FIRST_QUARTER, month('2008-09', 86.67)] });
    expect(outside.ok).toBe(false);
    const unknown = await e.call('activity.save', { conventionId: e.conventionId, periodStart: '2008-06-10', months: FIRST_QUARTER });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('10/06/2008') as unknown });
    const negative = await e.call('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: [month('2008-06', -1)] });
    expect(negative.ok ? null : negative.error.code).toBe('INVALID_INPUT');
    expect(e.rows()).toBe(0);
  });

  it('keeps a quarter with a wrong total from leaving until it is fixed; the proof file then holds its months and the counterpart accepts it', async () => {
    const e = await employerWithCae();
    const wrong = await e.ok('activity.save', {
      conventionId: e.conventionId,
      periodStart: Q1,
      months: [FIRST_QUARTER[0]!, month('2008-07', 186.67), FIRST_QUARTER[2]!],
    });
    expect(wrong.periods[0]!.status).toBe('a_corriger');
    expect(wrong.periods[0]!.check.findings.map((f) => f.code)).toEqual(['ACTIVITY_MONTH_ABOVE_CONTRACT', 'ACTIVITY_TOTAL_ABOVE_CONTRACT']);
    expect((await e.ok('activity.prepareProofs', { conventionId: e.conventionId })).lots).toEqual([]);
    const refusedPdf = await e.call('activity.proofPdf', { conventionId: e.conventionId, periodStart: Q1 });
    expect(refusedPdf.ok ? null : refusedPdf.error.message).toContain('ne peut pas être imprimé');

    await e.ok('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: FIRST_QUARTER });
    const prepared = await e.ok('activity.prepareProofs', { conventionId: e.conventionId });
    expect(prepared.lots).toHaveLength(1);
    const lot = prepared.lots[0]!;
    expect(lot.fileName).toBe('LOT_81943026500028_000001_20080910T100000Z.json');
    const text = fs.readFileSync(path.join(prepared.folder, lot.fileName), 'utf8');
    const file = outboundLot.parse(JSON.parse(text));
    expect(file.lines).toEqual([
      {
        lineNo: 1,
        record: 'PROOF_OF_ACTIVITY',
        conventionNumber: e.number,
        quarterStart: '2008-06-09',
        quarterEnd: '2008-08-31',
        // 63,56 h, 86,67 h, 86,67 h in whole minutes: 3 814 + 5 200 + 5 200.
        workedMinutes: 14214,
        absenceMinutes: 0,
        unpaidSuspensionDays: 0,
        months: [
          { month: '2008-06', workedMinutes: 3814, paidLeaveMinutes: 0, sickLeaveMinutes: 0, otherAbsenceMinutes: 0, unpaidSuspensionDays: 0 },
          { month: '2008-07', workedMinutes: 5200, paidLeaveMinutes: 0, sickLeaveMinutes: 0, otherAbsenceMinutes: 0, unpaidSuspensionDays: 0 },
          { month: '2008-08', workedMinutes: 5200, paidLeaveMinutes: 0, sickLeaveMinutes: 0, otherAbsenceMinutes: 0, unpaidSuspensionDays: 0 },
        ],
      },
    ]);
    const view = await e.ok('activity.get', { conventionId: e.conventionId });
    expect(view.periods[0]!.status).toBe('prepare');
    expect(view.periods[0]!.locked).toContain(lot.fileName);

    // Handed over, answered by the reference counterpart, imported: accepted, and the months no longer change.
    const download = await e.ok('exchanges.lotFile', { lotId: lot.lotId });
    const answer = answerLot(Buffer.from(download.base64, 'base64').toString('utf8'), '2008-09-15T09:00:00Z', 1, new Set([e.number]));
    expect(answer.text).toContain('"record": "ACCEPTED"');
    e.setToday('2008-09-15');
    await e.ok('exchanges.import', { fileName: answer.fileName, base64: Buffer.from(answer.text).toString('base64'), dryRun: false });
    const accepted = await e.ok('activity.get', { conventionId: e.conventionId });
    expect(accepted.periods[0]).toMatchObject({ status: 'accepte', line: { status: 'accepted', fileName: lot.fileName } });
    const locked = await e.call('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: FIRST_QUARTER });
    expect(locked.ok ? null : locked.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('ses mois ne se modifient plus') as unknown });
    // Nothing is pending any more.
    expect((await e.ok('activity.prepareProofs', { conventionId: e.conventionId })).lots).toEqual([]);
  });

  it('a proof the payment organisation rejects waits for its correction, then leaves again in the next lot', async () => {
    const e = await employerWithCae();
    await e.ok('activity.save', { conventionId: e.conventionId, periodStart: Q1, months: FIRST_QUARTER });
    const lot = (await e.ok('activity.prepareProofs', { conventionId: e.conventionId })).lots[0]!;
    const download = await e.ok('exchanges.lotFile', { lotId: lot.lotId });
    // The counterpart has not accepted this convention: CONVENTION_INCONNUE.
    const answer = answerLot(Buffer.from(download.base64, 'base64').toString('utf8'), '2008-09-15T09:00:00Z', 1, new Set());
    await e.ok('exchanges.import', { fileName: answer.fileName, base64: Buffer.from(answer.text).toString('base64'), dryRun: false });
    const rejected = await e.ok('activity.get', { conventionId: e.conventionId });
    expect(rejected.periods[0]).toMatchObject({ status: 'rejete', locked: null, line: { status: 'rejected', code: 'CONVENTION_INCONNUE' } });
    // The lot page explains the rejection and opens the convention's Activité tab.
    const detail = await e.ok('exchanges.lot', { lotId: lot.lotId });
    expect(detail.lines[0]).toMatchObject({
      recordKind: 'PROOF_OF_ACTIVITY',
      status: 'rejected',
      code: 'CONVENTION_INCONNUE',
      target: { conventionId: e.conventionId, section: 'activite', description: 'Justificatif d’activité de la période commençant le 09/06/2008' },
      correctedPending: false,
    });
    const unchanged = await e.ok('exchanges.export', {});
    expect(unchanged.awaitingCorrection).toEqual([`${e.number} (justificatif trimestriel)`]);

    const corrected = await e.ok('activity.save', {
      conventionId: e.conventionId,
      periodStart: Q1,
      months: [FIRST_QUARTER[0]!, month('2008-07', 78.67, { paidLeaveHundredths: 800 }), FIRST_QUARTER[2]!],
    });
    expect(corrected.periods[0]!.status).toBe('pret');
    const again = await e.ok('activity.prepareProofs', { conventionId: e.conventionId });
    expect(again.lots.map((l) => l.sequence)).toEqual([2]);
    const lines = e.app.workspaces
      .current()
      .prepare("SELECT lot_id AS lotId, status FROM exchange_lot_lines WHERE record_kind = 'PROOF_OF_ACTIVITY' ORDER BY lot_id")
      .all();
    expect(lines).toEqual([
      { lotId: lot.lotId, status: 'resent' },
      { lotId: again.lots[0]!.lotId, status: 'prepared' },
    ]);
  });

  it('prints the « Justificatif trimestriel d’activité » with the months, the totals and a signature block to fill in, or the signatory of the profile', async () => {
    const e = await employerWithCae();
    await e.ok('activity.save', {
      conventionId: e.conventionId,
      periodStart: Q1,
      months: [FIRST_QUARTER[0]!, month('2008-07', 78.67, { paidLeaveHundredths: 800 }), FIRST_QUARTER[2]!],
    });
    const pdf = await e.ok('activity.proofPdf', { conventionId: e.conventionId, periodStart: Q1 });
    expect(pdf.fileName).toBe(`justificatif-activite-${e.number}-2008-06-09.pdf`);
    const text = await plainText(Buffer.from(pdf.base64, 'base64'));
    for (const expected of [
      'JUSTIFICATIF TRIMESTRIEL D’ACTIVITÉ',
      '1er trimestre : du 09/06/2008 au 31/08/2008',
      'À transmettre au CNASEA',
      'conditions générales, « Aides de l’État » (justificatifs trimestriels)',
      e.number,
      'Association Les Jardins du Rhône',
      '81943026500028',
      'Mme Claire MARTIN',
      '09/06/2008',
      'Juin 2008',
      'Juin 2008 09/06/2008 – 63,56 h 63,56 h',
      '78,67 h',
      '8,00 h',
      'Total',
      '236,90 h',
      'Fait à ……………………………, le ……/……/…………',
      'Nom et qualité du signataire',
      'Signature et cachet de l’employeur',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('/2025');

    putEmployerProfile(e.app.workspaces.current(), {
      name: 'Association Les Jardins du Rhône',
      status: 'ASSOCIATION',
      collector: 'URSSAF',
      collectorName: null,
      iban: null,
      signatoryName: 'Hélène Garnier',
      signatoryQuality: 'Présidente',
      updatedAt: '2008-09-01T08:00:00Z',
    });
    const signed = await plainText(Buffer.from((await e.ok('activity.proofPdf', { conventionId: e.conventionId, periodStart: Q1 })).base64, 'base64'));
    expect(signed).toContain('le 10/09/2008');
    expect(signed).toContain('Hélène Garnier, Présidente');
    expect(signed).toContain('Je soussigné(e) Hélène Garnier, Présidente, pour Association Les Jardins du Rhône, certifie');
    expect(signed).not.toContain('Nom et qualité du signataire');
  });

  it('is the employer’s: an agency workspace sees no period and cannot record one', async () => {
    const a = await agency(path.join(tempDir(), 'agence'));
    opened.push(a.app);
    const id = await runningCae(a);
    const view = await a.ok('activity.get', { conventionId: id });
    expect(view.blocked).toBe('Les justificatifs d’activité sont établis par l’employeur, dans son espace de travail.');
    expect(view.periods).toEqual([]);
    const save = await a.call('activity.save', { conventionId: id, periodStart: Q1, months: FIRST_QUARTER });
    expect(save.ok ? null : save.error.code).toBe('CONFLICT');
  });
});
