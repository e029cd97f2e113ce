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

export interface KnownPayment {
  id: number;
  conventionId: number;
  receivedCents: number | null;
  receivedOn: string | null;
}

/** The expected payment of a convention for exactly this period, if the convention and the period are known: one lookup per line of a return file. */
export function paymentFor(db: Database, number: string, periodStart: string, periodEnd: string): { conventionKnown: boolean; payment?: KnownPayment } {
  const found = prepared<[string, string, string], { conventionId: number; id: number | null; receivedCents: number | null; receivedOn: string | null }>(
    db,
    `SELECT c.id AS conventionId, p.id, p.received_cents AS receivedCents, p.received_on AS receivedOn
     FROM conventions c LEFT JOIN aid_payments p ON p.convention_id = c.id AND p.period_start = ? AND p.period_end = ?
     WHERE c.number = ?`,
  ).get(periodStart, periodEnd, number);
  if (!found) return { conventionKnown: false };
  const { id, conventionId, receivedCents, receivedOn } = found;
  return id === null ? { conventionKnown: true } : { conventionKnown: true, payment: { id, conventionId, receivedCents, receivedOn } };
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

export function recordPayment(db: Database, paymentId: number, cents: number, on: string, lotId: number): void {
  prepared(db, 'UPDATE aid_payments SET received_cents = ?, received_on = ?, lot_id = ? WHERE id = ?').run(cents, on, lotId, paymentId);
}
