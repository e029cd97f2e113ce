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
  conventionNumber: string | null;
  recordKind: string;
  status: string;
}

export function lotLines(db: Database, lotId: number): KnownLine[] {
  return prepared<[number], KnownLine>(
    db,
    `SELECT x.line_no AS lineNo, c.number AS conventionNumber, x.record_kind AS recordKind, x.status
     FROM exchange_lot_lines x LEFT JOIN conventions c ON c.id = x.convention_id
     WHERE x.lot_id = ? ORDER BY x.line_no`,
  ).all(lotId);
}

export interface KnownPayment {
  id: number;
  conventionId: number;
  receivedCents: number | null;
  receivedOn: string | null;
}

/** The expected payment of a convention for exactly this period, if the convention and the period are known. */
export function paymentFor(db: Database, number: string, periodStart: string, periodEnd: string): { conventionKnown: boolean; payment?: KnownPayment } {
  const convention = prepared<[string], { id: number }>(db, 'SELECT id FROM conventions WHERE number = ?').get(number);
  if (!convention) return { conventionKnown: false };
  const payment = prepared<[number, string, string], KnownPayment>(
    db,
    `SELECT id, convention_id AS conventionId, received_cents AS receivedCents, received_on AS receivedOn
     FROM aid_payments WHERE convention_id = ? AND period_start = ? AND period_end = ?`,
  ).get(convention.id, periodStart, periodEnd);
  return payment ? { conventionKnown: true, payment } : { conventionKnown: true };
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

export function acknowledgeLot(db: Database, lotId: number, status: 'accepted' | 'partly_rejected' | 'rejected', at: string): void {
  prepared(db, 'UPDATE exchange_lots SET status = ?, acknowledged_at = ? WHERE id = ?').run(status, at, lotId);
}

export function recordPayment(db: Database, paymentId: number, cents: number, on: string, lotId: number): void {
  prepared(db, 'UPDATE aid_payments SET received_cents = ?, received_on = ?, lot_id = ? WHERE id = ?').run(cents, on, lotId, paymentId);
}
