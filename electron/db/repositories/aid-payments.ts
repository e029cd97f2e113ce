/**
 * Aid payments: the expected ones (computed by the rules, written again
 * whenever a convention's schedule changes) and, later, what was received.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../statements';

export interface ExpectedPayment {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  expectedCents: number;
}

export interface AidPaymentRecord extends ExpectedPayment {
  id: number;
  receivedCents: number | null;
  receivedOn: string | null;
  lotId: number | null;
}

/**
 * Replaces a convention's payments not yet received by `rows`. A received
 * payment stays as it was, and a row for its period is not added again.
 * Call inside the transaction of the write that changed the schedule.
 */
export function replaceExpectedPayments(db: Database, conventionId: number, rows: readonly ExpectedPayment[]): void {
  prepared<[number]>(db, 'DELETE FROM aid_payments WHERE convention_id = ? AND received_cents IS NULL AND received_on IS NULL').run(conventionId);
  const insert = prepared<[{ conventionId: number } & ExpectedPayment]>(
    db,
    `INSERT INTO aid_payments (convention_id, period_start, period_end, due_on, expected_cents)
     VALUES (@conventionId, @periodStart, @periodEnd, @dueOn, @expectedCents)
     ON CONFLICT (convention_id, period_start) DO NOTHING`,
  );
  for (const row of rows) insert.run({ conventionId, ...row });
}

export function listAidPayments(db: Database, conventionId: number): AidPaymentRecord[] {
  return prepared<[number], AidPaymentRecord>(
    db,
    `SELECT id, period_start AS periodStart, period_end AS periodEnd, due_on AS dueOn, expected_cents AS expectedCents,
            received_cents AS receivedCents, received_on AS receivedOn, lot_id AS lotId
     FROM aid_payments WHERE convention_id = ? ORDER BY period_start`,
  ).all(conventionId);
}

/**
 * Expected aid falling due in each month (`YYYY-MM`) from the month of `from`
 * to the month of `to`, cents; months without any are left out. The totals
 * are kept by month in aid_expected_by_month (triggers of migration 0015):
 * summing the payments took 1.3 s at 200,000 conventions.
 */
export function expectedCentsByMonth(db: Database, from: string, to: string): { month: string; cents: number }[] {
  return prepared<[string, string], { month: string; cents: number }>(
    db,
    `SELECT month, cents FROM aid_expected_by_month WHERE month BETWEEN substr(?, 1, 7) AND substr(?, 1, 7) ORDER BY month`,
  ).all(from, to);
}
