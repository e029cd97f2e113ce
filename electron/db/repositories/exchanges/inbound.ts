/** Return files from the payment organisation: what an import reads and writes (migration 0004). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';

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

export interface KnownLine {
  lineNo: number;
  conventionId: number | null;
  recordKind: string;
  status: string;
}

/** The lines of a lot, without their conventions' numbers (a return file names the few it rejects: conventionNumberOf). */
export function lotLines(db: Database, lotId: number): KnownLine[] {
  return prepared<[number], KnownLine>(
    db,
    `SELECT line_no AS lineNo, convention_id AS conventionId, record_kind AS recordKind, status
     FROM exchange_lot_lines WHERE lot_id = ? ORDER BY line_no`,
  ).all(lotId);
}

export function conventionNumberOf(db: Database, conventionId: number | null): string | null {
  if (conventionId === null) return null;
  return (prepared(db, 'SELECT number FROM conventions WHERE id = ?').pluck().get(conventionId) as string | undefined) ?? null;
}

/**
 * Whether a convention is known by this number and expects a payment for exactly this period: one lookup per payment
 * line of a return file. What was received is kept in received_payments only (migration 0018).
 */
export function paymentFor(db: Database, number: string, periodStart: string, periodEnd: string): { conventionKnown: boolean; conventionId?: number } {
  const found = prepared<[string, string, string], { conventionId: number; expected: number }>(
    db,
    `SELECT c.id AS conventionId,
            EXISTS (SELECT 1 FROM aid_payments p WHERE p.convention_id = c.id AND p.period_start = ? AND p.period_end = ?) AS expected
     FROM conventions c WHERE c.number = ?`,
  ).get(periodStart, periodEnd, number);
  if (!found) return { conventionKnown: false };
  return found.expected ? { conventionKnown: true, conventionId: found.conventionId } : { conventionKnown: true };
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
