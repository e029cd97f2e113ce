/**
 * The exchange lots as every reader sees them — the Échanges screen, its CSV
 * export, `cae lots`: each lot with its lines counted by status, and, for a
 * lot waiting for its return file, the days without it and whether that is
 * late for the alert (the `exchange.returnAlertDays` setting, unless given).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput } from '../../../shared/api/contract';
import type { LotRow } from '../../../shared/api/exchanges-contract';
import { isLineStatus } from '../../../shared/domain/exchange-lines';
import { lineCounts } from '../../db/repositories/exchanges/lines';
import { allLots, type LotRecord } from '../../db/repositories/exchanges/lots';
import { readExchangeSettings } from './settings';

export type LineCounts = LotRow['counts'];
const NO_COUNTS: LineCounts = { prepared: 0, sent: 0, accepted: 0, rejected: 0, resent: 0 };

export interface LotView {
  lot: LotRecord;
  counts: LineCounts;
  /** For a lot waiting for its return file: whole days since it was sent, as of the day given. */
  daysWithoutReturn: number | null;
  /** Waiting longer than the alert's days. */
  overdue: boolean;
}

export interface OverdueLot {
  fileName: string;
  sequence: number;
  sentOn: string;
  days: number;
}

export interface LotsOverview {
  today: string;
  alertDays: number;
  /** The most recent first. */
  lots: LotView[];
  /** The late lots, the longest waiting first. */
  overdue: OverdueLot[];
}

/** Whole days from the day of `instant` (ISO 8601) to `today` (YYYY-MM-DD). */
function daysSince(instant: string, today: string): number {
  return Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${instant.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** How many lines of each status every lot holds (or one lot's). */
export function countsByLot(db: Database, lotId?: number): Map<number, LineCounts> {
  const out = new Map<number, LineCounts>();
  for (const c of lineCounts(db, lotId)) {
    const counts = out.get(c.lotId) ?? { ...NO_COUNTS };
    if (isLineStatus(c.status)) counts[c.status] += c.n;
    out.set(c.lotId, counts);
  }
  return out;
}

export function lotView(lot: LotRecord, counts: LineCounts | undefined, today: string, alertDays: number): LotView {
  const days = lot.awaitingReturn && lot.sentAt !== null ? daysSince(lot.sentAt, today) : null;
  return { lot, counts: counts ?? NO_COUNTS, daysWithoutReturn: days, overdue: days !== null && days > alertDays };
}

/** The alert's days: the workspace's setting unless given. */
export function alertDaysOf(db: Database, given?: number): number {
  return given ?? readExchangeSettings(db).returnAlertDays;
}

export function lotsOverview(db: Database, today: string, alertDays = alertDaysOf(db)): LotsOverview {
  const counts = countsByLot(db);
  const lots = allLots(db).map((lot) => lotView(lot, counts.get(lot.id), today, alertDays));
  const overdue = lots
    .filter((v) => v.overdue)
    .map((v) => ({ fileName: v.lot.fileName, sequence: v.lot.sequence, sentOn: v.lot.sentAt!.slice(0, 10), days: v.daysWithoutReturn!, sentAt: v.lot.sentAt! }))
    .sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : a.sequence - b.sequence))
    .map(({ sentAt: _sentAt, ...late }) => late);
  return { today, alertDays, lots, overdue };
}

/** The lots late for their return file, as of `today`. */
export function overdueLots(db: Database, today: string, alertDays?: number): OverdueLot[] {
  return lotsOverview(db, today, alertDaysOf(db, alertDays)).overdue;
}

/** A lot as the Échanges screen shows it. */
export function lotRow({ lot, counts, daysWithoutReturn, overdue }: LotView): LotRow {
  const answered = lot.status === 'partly_rejected' || lot.status === 'rejected';
  return {
    id: lot.id,
    direction: lot.direction,
    kind: lot.kind,
    sequence: lot.sequence,
    fileName: lot.fileName,
    status: lot.status,
    displayStatus: answered && counts.rejected === 0 && counts.resent > 0 ? 'resent' : lot.status,
    createdAt: lot.createdAt,
    sentAt: lot.sentAt,
    acknowledgedAt: lot.acknowledgedAt,
    lines: counts.prepared + counts.sent + counts.accepted + counts.rejected + counts.resent,
    counts,
    overdue,
    daysWithoutReturn: daysWithoutReturn === null ? null : Math.max(0, daysWithoutReturn),
    answers: lot.answersLotId === null ? null : { lotId: lot.answersLotId, fileName: lot.answersFileName ?? '', sequence: lot.answersSequence ?? 0 },
  };
}

/** The Échanges screen's list, as of the workspace's day. */
export function listExchangeLots(db: Database, today: string): ChannelOutput<'exchanges.lots'> {
  const overview = lotsOverview(db, today);
  const lots = overview.lots.map(lotRow);
  return { today, returnAlertDays: overview.alertDays, overdueCount: lots.filter((l) => l.overdue).length, lots };
}

/** A lot as the lots' CSV lists it. */
export type LotListItem = Pick<LotRecord, 'id' | 'direction' | 'kind' | 'sequence' | 'fileName' | 'status' | 'createdAt' | 'lines'>;

/** The lots' CSV: every lot, the most recent first, with its number of lines. */
export function listLots(db: Database): LotListItem[] {
  return allLots(db).map((l) => ({
    id: l.id,
    direction: l.direction,
    kind: l.kind,
    sequence: l.sequence,
    fileName: l.fileName,
    status: l.status,
    createdAt: l.createdAt,
    lines: l.lines,
  }));
}
