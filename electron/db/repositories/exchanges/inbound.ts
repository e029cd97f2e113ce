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
 * (migration 0018). The numbers are looked up first (their index is small);
 * the expected payments then by convention, the order of their key, so each
 * page of aid_payments is read once, in order, not at random (issue #16).
 */
export function paymentsFor(db: Database, lines: readonly PaymentLookup[]): PaymentMatch[] {
  const idOf = prepared<[string], number>(db, 'SELECT id FROM conventions WHERE number = ?').pluck();
  const ids = new Map<string, number | undefined>();
  const conventionIds = lines.map(({ conventionNumber }) => {
    if (!ids.has(conventionNumber)) ids.set(conventionNumber, idOf.get(conventionNumber));
    return ids.get(conventionNumber);
  });
  // The period's length rather than its last day: stored, where the last day is computed (migration 0021).
  const expected = prepared<[number, string, number], number>(
    db,
    'SELECT 1 FROM aid_payments WHERE convention_id = ? AND period_start = ? AND period_days = ?',
  ).pluck();
  const matches: PaymentMatch[] = conventionIds.map((id) => (id === undefined ? UNKNOWN : KNOWN_NO_PERIOD));
  for (const i of byConvention(conventionIds)) {
    const id = conventionIds[i]!;
    const { periodStart, periodEnd } = lines[i]!;
    const days = periodLength(periodStart, periodEnd);
    if (days !== undefined && days >= 1 && expected.get(id, periodStart, days) !== undefined) matches[i] = { conventionKnown: true, conventionId: id };
  }
  return matches;
}

const UNKNOWN: PaymentMatch = Object.freeze({ conventionKnown: false });
const KNOWN_NO_PERIOD: PaymentMatch = Object.freeze({ conventionKnown: true });

/** The low bits of a sort key: the line (a file of 64 MB, the most an import reads, has fewer than 500,000 lines). */
const LINE_BITS = 2 ** 21;

/**
 * The indexes of the lines whose convention is known, by convention then line. Each is a number, convention × LINE_BITS +
 * line, sorted as numbers in a Float64Array: a comparator over 80,000 indexes took 40 to 150 ms here, this 5 to 10 (issue
 * #16). Exact while every key is a safe integer (conventions below 2^32); beyond, the comparator, same order.
 */
export function byConvention(conventionIds: readonly (number | undefined)[]): Float64Array {
  const keys = new Float64Array(conventionIds.length);
  let count = 0;
  let exact = conventionIds.length <= LINE_BITS;
  conventionIds.forEach((id, i) => {
    if (id === undefined) return;
    keys[count] = id * LINE_BITS + i;
    exact &&= Number.isSafeInteger(keys[count++]);
  });
  if (!exact) {
    const known = conventionIds.flatMap((id, i) => (id === undefined ? [] : [i]));
    return Float64Array.from(known.sort((a, b) => conventionIds[a]! - conventionIds[b]! || a - b));
  }
  const sorted = keys.subarray(0, count).sort();
  for (let k = 0; k < count; k++) sorted[k] = sorted[k]! % LINE_BITS;
  return sorted;
}

export function linkAnswer(db: Database, inboundLotId: number, answersLotId: number): void {
  prepared(db, 'UPDATE exchange_lots SET answers_lot_id = ? WHERE id = ?').run(answersLotId, inboundLotId);
}

/**
 * A line the return file rejects, with its code and label. The lines it accepts are not rewritten (100,000 rows and their
 * index: a third of an import's time, issue #16): a line still « sent » of an acknowledged lot reads as accepted (line-status.ts).
 */
export function rejectLotLine(db: Database, lotId: number, lineNo: number, code: string, label: string): void {
  prepared(db, "UPDATE exchange_lot_lines SET status = 'rejected', error_code = ?, error_label = ? WHERE lot_id = ? AND line_no = ?").run(
    code,
    label,
    lotId,
    lineNo,
  );
}

/** The lot answered: its status and when. Its lines still « sent » are then accepted (line-status.ts). */
export function acknowledgeLot(db: Database, lotId: number, status: 'accepted' | 'partly_rejected' | 'rejected', at: string): void {
  prepared(db, 'UPDATE exchange_lots SET status = ?, acknowledged_at = ? WHERE id = ?').run(status, at, lotId);
}
