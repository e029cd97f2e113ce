/** Return files from the payment organisation: what an import reads and writes (migration 0004). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import { periodLength } from '../aid-payments';

export interface KnownLot {
  id: number;
  sequence: number;
  fileName: string;
  sha256: string;
  status: string;
}

const LOT_COLUMNS = 'id, sequence, file_name AS fileName, sha256, status';

export function inboundLot(db: Database, emitter: string, kind: string, sequence: number): KnownLot | undefined {
  return prepared<[string, string, number], KnownLot>(
    db,
    `SELECT ${LOT_COLUMNS} FROM exchange_lots WHERE direction = 'IN' AND emitter = ? AND kind = ? AND sequence = ?`,
  ).get(emitter, kind, sequence);
}

export function latestInboundLot(db: Database, emitter: string, kind: string): KnownLot | undefined {
  return prepared<[string, string], KnownLot>(
    db,
    `SELECT ${LOT_COLUMNS} FROM exchange_lots WHERE direction = 'IN' AND emitter = ? AND kind = ? ORDER BY sequence DESC LIMIT 1`,
  ).get(emitter, kind);
}

export function outboundLot(db: Database, emitter: string, sequence: number): KnownLot | undefined {
  return prepared<[string, number], KnownLot>(
    db,
    `SELECT ${LOT_COLUMNS} FROM exchange_lots WHERE direction = 'OUT' AND kind = 'outbound-lot' AND emitter = ? AND sequence = ?`,
  ).get(emitter, sequence);
}

/**
 * The line numbers of a lot, read from its key alone (100,000 numbers, not
 * 100,000 rows: issue #16); a return file names the few lines it rejects
 * (rejectedLine).
 */
export function lotLineNumbers(db: Database, lotId: number): number[] {
  return prepared<[number], number>(db, 'SELECT line_no FROM exchange_lot_lines WHERE lot_id = ? ORDER BY line_no').pluck().all(lotId);
}

/** What the report of a rejected line shows: the kind of record it carried and its convention's number. */
export function rejectedLine(db: Database, lotId: number, lineNo: number): { recordKind: string; conventionNumber: string | null } {
  return prepared<[number, number], { recordKind: string; conventionNumber: string | null }>(
    db,
    `SELECT l.record_kind AS recordKind, c.number AS conventionNumber
     FROM exchange_lot_lines l LEFT JOIN conventions c ON c.id = l.convention_id WHERE l.lot_id = ? AND l.line_no = ?`,
  ).get(lotId, lineNo)!;
}

export interface PaymentLookup {
  conventionNumber: string;
  periodStart: string;
  periodEnd: string;
}

export type PaymentMatch = { conventionKnown: false } | { conventionKnown: true; conventionId?: number };

/**
 * For each payment line of a return file, in its order: whether a convention
 * is known by this number and, when it expects a payment for exactly this
 * period, its id. What was received is kept in received_payments only
 * (migration 0018). One statement for the whole file (issue #16: 77,000
 * lines, two lookups each, cost ~1.2 s one call at a time on a workspace
 * just opened, ~0.45 s so): the lines go in as one JSON array, their
 * conventions are found by number, then their expected payments are looked
 * up by convention, the order of aid_payments' key, so each of its pages is
 * read once, in order, not at random.
 */
export function paymentsFor(db: Database, lines: readonly PaymentLookup[]): PaymentMatch[] {
  // The period's length rather than its last day: stored, where the last day is computed (migration 0021); 0 for a period
  // that is not one (no match).
  const input = JSON.stringify(lines.map((l) => [l.conventionNumber, l.periodStart, periodLength(l.periodStart, l.periodEnd) ?? 0]));
  const rows = prepared<[string], [number, number | null, 0 | 1]>(
    db,
    `WITH line AS MATERIALIZED (
       SELECT l.key AS i, c.id, l.value ->> 1 AS period_start, l.value ->> 2 AS period_days
       FROM json_each(?) l LEFT JOIN conventions c ON c.number = l.value ->> 0
       ORDER BY c.id)
     SELECT i, id, period_days >= 1 AND EXISTS (
       SELECT 1 FROM aid_payments p WHERE p.convention_id = line.id AND p.period_start = line.period_start AND p.period_days = line.period_days)
     FROM line`,
  )
    .raw()
    .all(input);
  const matches = new Array<PaymentMatch>(lines.length);
  for (const [i, id, expected] of rows)
    matches[i] = id === null ? { conventionKnown: false } : expected ? { conventionKnown: true, conventionId: id } : { conventionKnown: true };
  return matches;
}

export function linkAnswer(db: Database, inboundLotId: number, answersLotId: number): void {
  prepared(db, 'UPDATE exchange_lots SET answers_lot_id = ? WHERE id = ?').run(answersLotId, inboundLotId);
}

export function setLineResult(db: Database, lotId: number, lineNo: number, status: 'accepted' | 'rejected', code: string | null, label: string | null): void {
  prepared(db, 'UPDATE exchange_lot_lines SET status = ?, error_code = ?, error_label = ? WHERE lot_id = ? AND line_no = ?').run(
    status,
    code,
    label,
    lotId,
    lineNo,
  );
}

/** Every line of a lot accepted at once: an import then marks the few its return file rejects (setLineResult). */
export function acceptLotLines(db: Database, lotId: number): void {
  prepared(db, "UPDATE exchange_lot_lines SET status = 'accepted', error_code = NULL, error_label = NULL WHERE lot_id = ?").run(lotId);
}

export function acknowledgeLot(db: Database, lotId: number, status: 'accepted' | 'partly_rejected' | 'rejected', at: string): void {
  prepared(db, 'UPDATE exchange_lots SET status = ?, acknowledged_at = ? WHERE id = ?').run(status, at, lotId);
}
