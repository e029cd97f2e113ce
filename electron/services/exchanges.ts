/**
 * The Échanges screen's reads: every lot with its line counts per status and
 * the alert for lots sent long ago without a return file (the
 * `exchange.returnAlertDays` setting), and one lot's lines, each rejection
 * explained in French (shared/domain/rejections.ts) with the record to open
 * and, for a rejected convention or avenant, what may be corrected in place.
 * A line of an imported convention package that could not be applied
 * (NON_APPLIQUEE) is explained as the workspace's own, not as the payment
 * organisation's rejection.
 */
import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../shared/api/contract';
import type { LineRow as LineOut, LotRow } from '../../shared/api/exchanges-contract';
import { AppError } from '../../shared/api/result';
import { EVENT_KIND_LABELS, LOT_STATUSES, type EventKind, type LotStatus, type VersionKind } from '../../shared/domain/enums';
import { isLineStatus, RECORD_KIND_LABELS } from '../../shared/domain/exchange-lines';
import { CORRECTABLE_BY_VERSION_KIND, explainRejection, type CorrectableField } from '../../shared/domain/rejections';
import { maskNir } from '../../shared/format/nir';
import { allLots, findLot, laterLineOf, lineCounts, linesOfLot, paymentsOfLot, type LineRow, type LotRecord } from '../db/repositories/exchange-lines';
import { overdueLots } from '../sync/lots';
import { pendingRecords } from '../sync/records';
import { exchangeIdentity } from '../sync/workspace-id';
import { readExchangeSettings } from './exchange-settings';

type Counts = LotRow['counts'];
const NO_COUNTS: Counts = { prepared: 0, sent: 0, accepted: 0, rejected: 0, resent: 0 };

const asLotStatus = (s: string): LotStatus => ((LOT_STATUSES as readonly string[]).includes(s) ? (s as LotStatus) : 'prepared');

/** Whole days from the day of `instant` (ISO 8601) to `today` (YYYY-MM-DD). */
function daysSince(instant: string, today: string): number {
  return Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${instant.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

function lotRow(lot: LotRecord, counts: Counts, overdue: boolean, today: string): LotRow {
  const status = asLotStatus(lot.status);
  const answered = status === 'partly_rejected' || status === 'rejected';
  // Only a lot to the payment organisation waits for a return file (a convention package gets none).
  const waiting = lot.direction === 'OUT' && lot.kind === 'outbound-lot' && status === 'sent' && lot.sentAt !== null;
  return {
    id: lot.id,
    direction: lot.direction,
    kind: lot.kind,
    sequence: lot.sequence,
    fileName: lot.fileName,
    status,
    displayStatus: answered && counts.rejected === 0 && counts.resent > 0 ? 'resent' : status,
    createdAt: lot.createdAt,
    sentAt: lot.sentAt,
    acknowledgedAt: lot.acknowledgedAt,
    lines: counts.prepared + counts.sent + counts.accepted + counts.rejected + counts.resent,
    counts,
    overdue,
    daysWithoutReturn: waiting ? Math.max(0, daysSince(lot.sentAt!, today)) : null,
    answers: lot.answersLotId === null ? null : { lotId: lot.answersLotId, fileName: lot.answersFileName ?? '', sequence: lot.answersSequence ?? 0 },
  };
}

function countsByLot(db: Database, lotId?: number): Map<number, Counts> {
  const out = new Map<number, Counts>();
  for (const c of lineCounts(db, lotId)) {
    const counts = out.get(c.lotId) ?? { ...NO_COUNTS };
    if (isLineStatus(c.status)) counts[c.status] += c.n;
    out.set(c.lotId, counts);
  }
  return out;
}

/** Outbound file names late for their return file, with the alert setting in force. */
function lateFiles(db: Database, today: string): { days: number; files: Set<string> } {
  const days = readExchangeSettings(db).returnAlertDays;
  return { days, files: new Set(overdueLots(db, today, days).map((o) => o.fileName)) };
}

export function listExchangeLots(db: Database, today: string): ChannelOutput<'exchanges.lots'> {
  const counts = countsByLot(db);
  const late = lateFiles(db, today);
  const lots = allLots(db).map((l) => lotRow(l, counts.get(l.id) ?? NO_COUNTS, l.direction === 'OUT' && late.files.has(l.fileName), today));
  return { today, returnAlertDays: late.days, overdueCount: lots.filter((l) => l.overdue).length, lots };
}

const bpToPercent = (bp: number | null): string | null => (bp === null ? null : String(bp / 100));

function target(line: LineRow): LineOut['target'] {
  if (line.conventionId === null) return null;
  // A line of a convention package carries the whole convention: it opens the convention (when it is known here).
  if (line.recordKind === 'CONVENTION_FILE') {
    return { conventionId: line.conventionId, section: 'versions', avenantIndex: null, eventId: null, denunciationId: null, description: RECORD_KIND_LABELS.CONVENTION_FILE };
  }
  if (line.ref === null) return null;
  const [kind, rawId] = line.ref.split(':') as [string, string];
  const id = Number(rawId);
  const base = { conventionId: line.conventionId, avenantIndex: null, eventId: null, denunciationId: null };
  if (kind === 'version' && line.avenantIndex !== null) {
    const description = line.avenantIndex === 0 ? 'Convention initiale' : `Avenant n° ${line.avenantIndex}`;
    return { ...base, section: 'versions', avenantIndex: line.avenantIndex, description };
  }
  if (kind === 'event') {
    const label = EVENT_KIND_LABELS[line.eventKind as EventKind];
    return { ...base, section: 'evenements', eventId: id, description: label ? `Événement : ${label.toLowerCase()}` : 'Événement' };
  }
  if (kind === 'denunciation') return { ...base, section: 'denonciation', denunciationId: id, description: 'Dénonciation' };
  return null;
}

/** What may be corrected in place on a rejected version line, or why not. */
function correction(line: LineRow, fields: readonly CorrectableField[]): Pick<LineOut, 'correction' | 'correctionBlocked'> {
  const none = { correction: null, correctionBlocked: null };
  if (line.status !== 'rejected' || line.versionId === null || line.avenantIndex === null) return none;
  if (line.conventionStatus === 'brouillon' || line.conventionStatus === 'a_signer') {
    return { correction: null, correctionBlocked: 'La convention n’est plus signée : terminez son instruction, elle repartira à sa signature.' };
  }
  if (line.latestVersion !== 1) {
    return {
      correction: null,
      correctionBlocked: 'Un avenant a suivi cette version : elle ne se corrige plus sur place. Corrigez par un nouvel avenant, ou contactez l’organisme payeur.',
    };
  }
  const allowed = CORRECTABLE_BY_VERSION_KIND[line.versionKind as VersionKind] ?? ['nir'];
  const open = fields.filter((f) => allowed.includes(f));
  if (fields.length > 0 && open.length === 0) {
    return { correction: null, correctionBlocked: 'Ce type d’avenant ne porte pas la donnée refusée : corrigez par un nouvel avenant, ou contactez l’organisme payeur.' };
  }
  if (open.length === 0) return none;
  return {
    correction: {
      versionId: line.versionId,
      avenantIndex: line.avenantIndex,
      fields: open,
      values: {
        weeklyHours: line.weeklyMinutes === null ? null : line.weeklyMinutes / 60,
        startsOn: line.versionStartsOn,
        endsOn: line.versionEndsOn,
        aidRatePercent: bpToPercent(line.aidRateBp),
        nirMasked: maskNir(line.nir),
      },
    },
    correctionBlocked: null,
  };
}

/** The records of these conventions that would leave with the next lot (corrected rejected lines among them). */
function pendingRefs(db: Database, conventionIds: number[]): Set<string> {
  try {
    return new Set(pendingRecords(db, exchangeIdentity(db).role, conventionIds).records.map((r) => r.ref));
  } catch {
    // No exchange identity yet (agency code, employer SIRET): nothing can leave.
    return new Set();
  }
}

function lineOut(db: Database, line: LineRow, lotId: number, pending: ReadonlySet<string>): LineOut {
  const status = isLineStatus(line.status) ? line.status : 'sent';
  // A rejected line is always explained (without a code: the generic advice); a resent one when it had a code.
  const explained = status === 'rejected' || (status === 'resent' && line.code !== null);
  const explanation = explained ? explainRejection(line.code, line.label, line.versionStartsOn ?? undefined) : null;
  const later = status === 'resent' && line.ref !== null ? laterLineOf(db, line.ref, lotId) : undefined;
  return {
    lineNo: line.lineNo,
    conventionId: line.conventionId,
    conventionNumber: line.conventionNumber,
    recordKind: line.recordKind,
    status,
    code: line.code,
    label: line.label,
    explanation,
    resentIn: later ? { lotId: later.lotId, fileName: later.fileName, sequence: later.sequence, lineNo: later.lineNo } : null,
    target: target(line),
    ...correction(line, explanation?.fields ?? []),
    correctedPending: status === 'rejected' && line.ref !== null && pending.has(line.ref),
  };
}

export function lotDetail(db: Database, lotId: number, today: string): ChannelOutput<'exchanges.lot'> {
  const lot = findLot(db, lotId);
  if (!lot) throw new AppError('NOT_FOUND', `Le lot n° ${lotId} n’existe pas (ou plus) dans cet espace de travail.`);
  const late = lateFiles(db, today);
  const row = lotRow(lot, countsByLot(db, lotId).get(lotId) ?? NO_COUNTS, lot.direction === 'OUT' && late.files.has(lot.fileName), today);
  const lines = linesOfLot(db, lotId);
  const rejectedIn = [...new Set(lines.flatMap((l) => (l.status === 'rejected' && l.conventionId !== null ? [l.conventionId] : [])))];
  const pending = rejectedIn.length ? pendingRefs(db, rejectedIn) : new Set<string>();
  return { lot: row, lines: lines.map((l) => lineOut(db, l, lotId, pending)), payments: paymentsOfLot(db, lotId) };
}
