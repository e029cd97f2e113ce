/**
 * Aid payments received (migration 0009): the notices of an imported return
 * file and the payments the employer typed, beside the aid the rules expect.
 * Writes are called inside the transaction of the use case that makes them.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../statements';

type ReceivedSource = 'fichier_retour' | 'saisie';

export interface NewReceivedPayment {
  conventionId: number;
  receivedOn: string;
  amountCents: number;
  periodStart: string;
  periodEnd: string;
  source: ReceivedSource;
  reference: string;
  lotId: number | null;
  lineNo: number | null;
  at: string;
  by: string;
}

export interface ReceivedPaymentRecord {
  id: number;
  conventionId: number;
  receivedOn: string;
  amountCents: number;
  periodStart: string;
  periodEnd: string;
  source: ReceivedSource;
  reference: string;
  lotId: number | null;
  createdAt: string;
  createdBy: string;
}

const COLUMNS = `id, convention_id AS conventionId, received_on AS receivedOn, amount_cents AS amountCents, period_start AS periodStart,
  period_end AS periodEnd, source, reference, lot_id AS lotId, created_at AS createdAt, created_by AS createdBy`;

/** Records a payment; an imported notice already recorded from the same file for the same period is left as it is. */
export function insertReceivedPayment(db: Database, p: NewReceivedPayment): number | null {
  const info = prepared<[NewReceivedPayment]>(
    db,
    `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_at, created_by)
     VALUES (@conventionId, @receivedOn, @amountCents, @periodStart, @periodEnd, @source, @reference, @lotId, @lineNo, @at, @by)
     ON CONFLICT (lot_id, convention_id, period_start) DO NOTHING`,
  ).run(p);
  return info.changes === 1 ? Number(info.lastInsertRowid) : null;
}

/** A payment notice of a return file: its convention, its period, what was paid and when, its line in the file. */
export type ReturnFilePayment = Pick<NewReceivedPayment, 'conventionId' | 'receivedOn' | 'amountCents' | 'periodStart' | 'periodEnd'> & { lineNo: number };

/**
 * Records the payment notices of one imported return file, in their order, as
 * insertReceivedPayment would one by one. One statement over a JSON array:
 * 78,000 notices in ~0.75 s instead of ~1.05 s for a statement each (the calls
 * from JavaScript, not SQLite's work, made the difference; docs/performance.md).
 */
export function insertReturnFilePayments(db: Database, file: { lotId: number; reference: string; at: string }, rows: readonly ReturnFilePayment[]): void {
  const values = JSON.stringify(rows.map((r) => [r.conventionId, r.receivedOn, r.amountCents, r.periodStart, r.periodEnd, r.lineNo]));
  prepared<[{ lotId: number; reference: string; at: string; values: string }]>(
    db,
    `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_at, created_by)
     SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, 'fichier_retour', @reference, @lotId, j.value ->> 5, @at, 'import'
     FROM json_each(@values) AS j WHERE true ORDER BY j.key
     ON CONFLICT (lot_id, convention_id, period_start) DO NOTHING`,
  ).run({ ...file, values });
}

export function findReceivedPayment(db: Database, id: number): ReceivedPaymentRecord | undefined {
  return prepared<[number], ReceivedPaymentRecord>(db, `SELECT ${COLUMNS} FROM received_payments WHERE id = ?`).get(id);
}

/** A convention's received payments, by period then date received. */
export function listReceivedPayments(db: Database, conventionId: number): ReceivedPaymentRecord[] {
  return prepared<[number], ReceivedPaymentRecord>(
    db,
    `SELECT ${COLUMNS} FROM received_payments WHERE convention_id = ? ORDER BY period_start, received_on, id`,
  ).all(conventionId);
}

/** Every received payment of the workspace, by convention, period then date received. */
export function listAllReceivedPayments(db: Database): ReceivedPaymentRecord[] {
  return prepared<[], ReceivedPaymentRecord>(db, `SELECT ${COLUMNS} FROM received_payments ORDER BY convention_id, period_start, received_on, id`).all();
}

/** The same typed payment already recorded (same convention, period, day and amount): a second click, not a second payment. */
export function findSameTypedPayment(
  db: Database,
  p: Pick<NewReceivedPayment, 'conventionId' | 'periodStart' | 'receivedOn' | 'amountCents'>,
): ReceivedPaymentRecord | undefined {
  return prepared<[number, string, string, number], ReceivedPaymentRecord>(
    db,
    `SELECT ${COLUMNS} FROM received_payments
     WHERE convention_id = ? AND period_start = ? AND received_on = ? AND amount_cents = ? AND source = 'saisie'`,
  ).get(p.conventionId, p.periodStart, p.receivedOn, p.amountCents);
}

/** Deletes a typed payment (an imported notice stays: its file is the proof). True when one was deleted. */
export function deleteTypedPayment(db: Database, id: number): boolean {
  return prepared<[number]>(db, "DELETE FROM received_payments WHERE id = ? AND source = 'saisie'").run(id).changes === 1;
}
