/**
 * Aid payments received (migration 0009): the notices of an imported return
 * file and the payments the employer typed, beside the aid the rules expect.
 * Writes are called inside the transaction of the use case that makes them.
 */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { prepared, valuesRows } from '../statements';
import { instantMs } from '../instants';

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
    `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_ms, created_by)
     VALUES (@conventionId, @receivedOn, @amountCents, @periodStart, @periodEnd, @source, @reference, @lotId, @lineNo, ${instantMs('@at')}, @by)
     ON CONFLICT (lot_id, convention_id, period_start) DO NOTHING`,
  ).run(p);
  return info.changes === 1 ? Number(info.lastInsertRowid) : null;
}

/** A payment notice of a return file: its convention, its period, what was paid and when, its line in the file. */
export type ReturnFilePayment = Pick<NewReceivedPayment, 'conventionId' | 'receivedOn' | 'amountCents' | 'periodStart' | 'periodEnd'> & { lineNo: number };

/** Notices written by one INSERT: 6 values each, 3,000 bound values (SQLite allows 32,766). */
const NOTICES_PER_INSERT = 500;

/** The INSERT of `count` notices of one file, in the order given; a period already recorded from the same file is left as it is. */
function noticesInsert(count: number): string {
  return `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_ms, created_by)
     SELECT column1, column2, column3, column4, column5, 'fichier_retour', @reference, @lotId, column6, ${instantMs('@at')}, 'import'
     FROM (VALUES ${valuesRows(count, 6)}) WHERE true
     ON CONFLICT (lot_id, convention_id, period_start) DO NOTHING`;
}

/**
 * Records the payment notices of one imported return file, in their order, as
 * insertReceivedPayment would one by one, NOTICES_PER_INSERT at a time: 78,000
 * notices in ~0.2 s, against ~0.25 to 0.3 s for one INSERT over a JSON array
 * of them (each value read out of its element again) and ~1.05 s for one
 * INSERT each with named values (docs/performance.md). Called inside the
 * transaction of its import: a notice that breaks a rule of the table throws,
 * and that transaction writes nothing.
 */
export function insertReturnFilePayments(db: Database, file: { lotId: number; reference: string; at: string }, rows: readonly ReturnFilePayment[]): void {
  for (let start = 0; start < rows.length; start += NOTICES_PER_INSERT) {
    const part = rows.slice(start, start + NOTICES_PER_INSERT);
    // The full parts share one cached statement; the last part's own is prepared for this file alone (not one kept per size).
    const insert: Statement<[typeof file, ...(string | number)[]]> =
      part.length === NOTICES_PER_INSERT ? prepared(db, noticesInsert(part.length)) : db.prepare(noticesInsert(part.length));
    const values: (string | number)[] = [];
    for (const r of part) values.push(r.conventionId, r.receivedOn, r.amountCents, r.periodStart, r.periodEnd, r.lineNo);
    insert.run(file, ...values);
  }
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
