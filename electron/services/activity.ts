/**
 * The employer's proofs of activity (a convention's Activité tab, the
 * `activity.*` channels): the periods of a convention (shared/rules/compute/
 * activityPeriods.ts) with the months recorded, checked against the contract
 * (activity.ts); the save of a period's months in one transaction; the signed
 * PDF of a period; and « Préparer l'envoi » of the convention's proofs, through
 * the same lots as every other record (sync/proofs.ts, sync/export.ts).
 *
 * A month is recorded once it is over (as seen from the workspace's day);
 * a period whose proof has left in a lot no longer changes, unless the
 * payment organisation rejected it (then it is corrected and leaves again).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ActivityView, ProofPeriodView, ProofStatus } from '../../shared/api/activity-contract';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { PdfFile } from '../../shared/api/documents-contract';
import { AppError } from '../../shared/api/result';
import { isLineStatus } from '../../shared/domain/exchange-lines';
import { formatDateFr } from '../../shared/format/date';
import { checkActivity, type ActivityCheck, type ActivityMonth } from '../../shared/rules/compute/activity';
import { activityPlan, periodStarting, type ActivityPlan, type ProofPeriod } from '../../shared/rules/compute/activityPeriods';
import { inTransaction } from '../db/connection';
import {
  activityMonthsOf,
  deleteActivityMonths,
  employerCityOf,
  proofLinesOf,
  saveActivityMonths,
  type ActivityMonthRecord,
  type ProofLine,
} from '../db/repositories/activity';
import { appendAudit } from '../db/repositories/audit';
import { findEmployeeSummary } from '../db/repositories/conventions/read';
import { employerSignatory } from '../db/repositories/employer-profile';
import { getWorkspace } from '../db/repositories/workspace';
import { pdfRenderers } from '../documents/lazy';
import { canonicalJson, sha256Hex } from '../sync/canonical';
import { proofPayload, proofRef } from '../sync/proofs';
import { actorOf, loadConvention, type Loaded, type ServiceContext } from './conventions/state';
import { exportPending } from './exchanges/files';

/** Months whose check refuses the save: input the data model cannot hold. Other findings are saved and shown; errors keep the proof from leaving. */
const REFUSED = new Set(['ACTIVITY_MONTH_OUTSIDE_PERIOD', 'ACTIVITY_MONTH_NOT_OVER', 'ACTIVITY_SUSPENSION_DAYS_EXCEED']);

interface ActivityConvention {
  loaded: Loaded;
  plan: ActivityPlan;
  /** Why nothing can be recorded, or null. */
  blocked: string | null;
}

function blockedReason(db: Database, loaded: Loaded, plan: ActivityPlan): string | null {
  if (getWorkspace(db)?.role !== 'employeur') return 'Les justificatifs d’activité sont établis par l’employeur, dans son espace de travail.';
  const status = loaded.row.status;
  if (status === 'brouillon' || status === 'a_signer')
    return `La convention ${loaded.row.number} n’est pas encore signée : ses justificatifs d’activité commencent avec le contrat.`;
  if (plan.periods.length === 0) return `La convention ${loaded.row.number} n’a pas de date d’embauche ou de fin : ses périodes ne peuvent pas être établies.`;
  return null;
}

function load(db: Database, conventionId: number): ActivityConvention {
  const loaded = loadConvention(db, conventionId);
  const plan = activityPlan(loaded.doc);
  return { loaded, plan, blocked: blockedReason(db, loaded, plan) };
}

function loadWritable(db: Database, conventionId: number): ActivityConvention {
  const c = load(db, conventionId);
  if (c.blocked) throw new AppError('CONFLICT', c.blocked);
  return c;
}

function periodOf(c: ActivityConvention, start: string): ProofPeriod {
  const period = periodStarting(c.plan, start);
  if (!period)
    throw new AppError('NOT_FOUND', `Aucune période de justificatif ne commence le ${formatDateFr(start)} pour la convention ${c.loaded.row.number}.`);
  return period;
}

const inPeriod = (period: ProofPeriod, months: readonly ActivityMonth[]) => months.filter((m) => period.months.some((p) => p.month === m.month));

/** The proof's last lot line, unless it was rejected: then its months may change again. */
function lockedBy(line: ProofLine | undefined): string | null {
  if (!line || line.status === 'rejected') return null;
  const when = line.sentAt
    ? `, envoyé le ${formatDateFr(line.sentAt.slice(0, 10))}`
    : ' (préparé : à télécharger ici ou sur l’écran Échanges pour le remettre)';
  return `Le justificatif est parti dans le lot ${line.fileName}${when} : ses mois ne se modifient plus. Si l’organisme payeur le rejette, il se corrige ici et repart.`;
}

function statusOf(check: ActivityCheck, recorded: number, line: ProofLine | undefined, changedSinceRejection: boolean): ProofStatus {
  if (line && line.status !== 'rejected') return line.status === 'accepted' ? 'accepte' : line.status === 'prepared' ? 'prepare' : 'envoye';
  if (recorded === 0) return 'a_saisir';
  if (check.findings.some((f) => f.code === 'ACTIVITY_MONTH_MISSING')) return 'incomplet';
  if (!check.sendable) return 'a_corriger';
  if (line && !changedSinceRejection) return 'rejete';
  return 'pret';
}

function periodView(
  c: ActivityConvention,
  period: ProofPeriod,
  recorded: ReadonlyMap<string, ActivityMonthRecord>,
  lines: Map<string, ProofLine>,
  today: string,
): ProofPeriodView {
  const months = period.months.flatMap((p) => recorded.get(p.month) ?? []);
  const full = checkActivity(c.plan, period, months, { today });
  // Nothing recorded yet: no finding to show, only the contract's figures.
  const check = months.length ? full : { ...full, findings: [], sendable: false };
  const line = lines.get(proofRef(c.loaded.row.id, period.start));
  const changed = line?.payloadSha256 !== sha256Hex(canonicalJson(proofPayload(c.loaded.row.number, period, months)));
  return {
    index: period.index,
    label: period.label,
    start: period.start,
    end: period.end,
    due: period.due,
    months: period.months.map((p) => {
      const found = recorded.get(p.month);
      const r = found ? (({ month: _month, ...rest }) => rest)(found) : null;
      return {
        month: p.month,
        from: p.from,
        to: p.to,
        days: p.days,
        contractHundredths: p.contractHundredths,
        suspensionDays: p.suspensionDays,
        over: p.to < today,
        recorded: r,
      };
    }),
    check,
    status: statusOf(check, months.length, line, changed),
    line: line
      ? {
          lotId: line.lotId,
          fileName: line.fileName,
          status: isLineStatus(line.status) ? line.status : 'sent',
          code: line.code,
          label: line.label,
          sentAt: line.sentAt,
        }
      : null,
    locked: lockedBy(line),
  };
}

function activityView(db: Database, c: ActivityConvention, today: string): ActivityView {
  const { row } = c.loaded;
  const employee = findEmployeeSummary(db, row.employeeId);
  const recorded = new Map(activityMonthsOf(db, row.id).map((m) => [m.month, m]));
  const lines = proofLinesOf(db, row.id);
  return {
    conventionId: row.id,
    number: row.number,
    measure: row.measure,
    employeeName: employee ? `${employee.lastName} ${employee.firstNames}` : '',
    today,
    blocked: c.blocked,
    periods: c.blocked && getWorkspace(db)?.role !== 'employeur' ? [] : c.plan.periods.map((p) => periodView(c, p, recorded, lines, today)),
  };
}

export function conventionActivity(sc: ServiceContext, conventionId: number): ActivityView {
  return activityView(sc.db, load(sc.db, conventionId), sc.today());
}

/** The months as typed, checked against the contract; nothing is written. */
export function checkTypedActivity(sc: ServiceContext, input: ParsedInput<'activity.check'>): ChannelOutput<'activity.check'> {
  const c = loadWritable(sc.db, input.conventionId);
  return checkActivity(c.plan, periodOf(c, input.periodStart), input.months, { today: sc.today() });
}

export function saveActivity(sc: ServiceContext, input: ParsedInput<'activity.save'>): ChannelOutput<'activity.save'> {
  const actor = actorOf(sc);
  const at = sc.now();
  const today = sc.today();
  const c = inTransaction(sc.db, () => {
    const loaded = loadWritable(sc.db, input.conventionId);
    const period = periodOf(loaded, input.periodStart);
    const refused = checkActivity(loaded.plan, period, input.months, { today }).findings.filter((f) => REFUSED.has(f.code));
    if (refused.length) throw new AppError('INVALID_INPUT', `Rien n’est enregistré. ${refused.map((f) => f.message).join(' ')}`);
    const locked = lockedBy(proofLinesOf(sc.db, loaded.loaded.row.id).get(proofRef(loaded.loaded.row.id, period.start)));
    if (locked) throw new AppError('CONFLICT', `Rien n’est enregistré. ${locked}`);
    // The period's months as typed replace those recorded: a month left empty is no longer recorded.
    const typed = new Set(input.months.map((m) => m.month));
    deleteActivityMonths(
      sc.db,
      loaded.loaded.row.id,
      period.months.map((m) => m.month).filter((m) => !typed.has(m)),
    );
    saveActivityMonths(sc.db, loaded.loaded.row.id, input.months, at, actor);
    appendAudit(sc.db, {
      at,
      actor,
      action: 'activity.save',
      entity: 'convention',
      entityId: loaded.loaded.row.id,
      details: { periodStart: period.start, months: input.months },
    });
    return loaded;
  });
  return { ...activityView(sc.db, c, today), saved: { periodStart: input.periodStart, months: input.months.length, recordedAt: at } };
}

/** « Justificatif trimestriel d'activité » of a period whose months are all recorded and have no error. */
export async function activityProofPdf(sc: ServiceContext, input: ParsedInput<'activity.proofPdf'>): Promise<PdfFile> {
  const c = loadWritable(sc.db, input.conventionId);
  const period = periodOf(c, input.periodStart);
  const months = inPeriod(period, activityMonthsOf(sc.db, c.loaded.row.id));
  const check = checkActivity(c.plan, period, months, { today: sc.today() });
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new AppError('CONFLICT', `Le justificatif (${period.label}) ne peut pas être imprimé : ${errors.map((f) => f.message).join(' ')}`);
  }
  const { row, doc } = c.loaded;
  const { renderActivityProofPdf } = await pdfRenderers();
  const pdf = await renderActivityProofPdf({
    number: row.number,
    measure: row.measure,
    document: doc,
    period,
    months,
    totals: check.totals,
    signatory: employerSignatory(sc.db),
    place: employerCityOf(sc.db, row.id),
    printedOn: sc.today(),
  });
  return { fileName: `justificatif-activite-${row.number}-${period.start}.pdf`, base64: pdf.toString('base64') };
}

/** The convention's proofs ready to leave, written as lots into the outbox (the one path of the Activité tab's « Préparer l'envoi »). */
export function prepareProofs(db: Database, folder: string, at: Date, conventionId: number): ChannelOutput<'activity.prepareProofs'> {
  loadWritable(db, conventionId);
  return exportPending(db, folder, at, { kinds: ['PROOF_OF_ACTIVITY'], conventions: [conventionId] });
}
