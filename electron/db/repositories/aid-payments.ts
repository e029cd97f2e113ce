/**
 * Aid payments expected (computed by the rules, written again whenever a
 * convention's schedule changes), each with what a return file brought for
 * its period, if anything: that is kept in received_payments (migration 0018).
 * A row keeps its period's first day and length, and whether it falls due on
 * the last day rather than the first; its last day and due day are computed
 * columns (migration 0021).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { tryParseDay } from '../../../shared/rules/dates/day';
import { formatDateFr } from '../../../shared/rules/format/date';
import { prepared, sqlByRowCount } from '../statements';

export interface ExpectedPayment {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  expectedCents: number;
}

export interface AidPaymentRecord extends ExpectedPayment {
  receivedCents: number | null;
  receivedOn: string | null;
  lotId: number | null;
}

/** A line of a return file paid the payment `p` (its convention, its period). */
const PAID_BY_RETURN_FILE =
  'SELECT 1 FROM received_payments r WHERE r.convention_id = p.convention_id AND r.period_start = p.period_start AND r.lot_id IS NOT NULL';

/**
 * Replaces a convention's payments not yet received by `rows`. A payment a
 * return file paid stays as it was, and a row for its period is not added
 * again. Call inside the transaction of the write that changed the schedule.
 */
export function replaceExpectedPayments(db: Database, conventionId: number, rows: readonly ExpectedPayment[]): void {
  prepared<[number]>(db, `DELETE FROM aid_payments AS p WHERE p.convention_id = ? AND NOT EXISTS (${PAID_BY_RETURN_FILE})`).run(conventionId);
  insertExpectedPayments(db, conventionId, rows);
}

/**
 * Adds a convention's expected payments, a period already there kept as it is: alone, the first schedule of a
 * convention just written, which has none to replace (a demo of 200,000 conventions, issue #16).
 */
export function insertExpectedPayments(db: Database, conventionId: number, rows: readonly ExpectedPayment[]): void {
  if (rows.length === 0) return;
  // One statement for the whole schedule (one per schedule length, ~30 at most): a demo of 200,000 conventions writes
  // 2.3 million payments, and one run per payment cost a tenth of its writes.
  const values: (string | number)[] = [];
  for (const row of rows) values.push(conventionId, row.periodStart, periodDays(row), dueAtEnd(row), row.expectedCents);
  prepared<(string | number)[]>(db, insertPaymentsSql(rows.length)).run(...values);
}

const insertPaymentsSql = sqlByRowCount(
  5,
  (values) => `INSERT INTO aid_payments (convention_id, period_start, period_days, due_at_end, expected_cents)
     VALUES ${values}
     ON CONFLICT (convention_id, period_start) DO NOTHING`,
);

function periodDays(row: ExpectedPayment): number {
  const days = periodLength(row.periodStart, row.periodEnd);
  // A text that is no date, or an end before the start (the table's CHECK would refuse it in English).
  if (days === undefined || days < 1)
    throw new Error(`Versement attendu sur une période invalide : du ${formatDateFr(row.periodStart)} au ${formatDateFr(row.periodEnd)}.`);
  return days;
}

/**
 * The length in days of the period from `start` to `end`, as `period_days` stores it: what a period received is
 * compared on (its last day, a computed column, would be computed for every payment compared). Undefined for a text
 * that is no date.
 */
export function periodLength(start: string, end: string): number | undefined {
  const [first, last] = [tryParseDay(start), tryParseDay(end)];
  return first === undefined || last === undefined ? undefined : last - first + 1;
}

/** 1 when the payment falls due on its period's last day (CAE-DOM), 0 on its first (monthly in advance). */
function dueAtEnd(row: ExpectedPayment): 0 | 1 {
  if (row.dueOn === row.periodStart) return 0;
  if (row.dueOn === row.periodEnd) return 1;
  const [start, end, due] = [row.periodStart, row.periodEnd, row.dueOn].map(formatDateFr);
  throw new Error(`Versement attendu du ${start} au ${end}, dû le ${due} : ni au premier ni au dernier jour de sa période.`);
}

/** A convention's expected payments, each with the latest return file's payment for its period. */
export function listAidPayments(db: Database, conventionId: number): AidPaymentRecord[] {
  return prepared<[number], AidPaymentRecord>(
    db,
    `SELECT p.period_start AS periodStart, p.period_end AS periodEnd, p.due_on AS dueOn, p.expected_cents AS expectedCents,
            r.amount_cents AS receivedCents, r.received_on AS receivedOn, r.lot_id AS lotId
     FROM aid_payments p
     LEFT JOIN received_payments r ON r.id = (
       SELECT max(l.id) FROM received_payments l WHERE l.convention_id = p.convention_id AND l.period_start = p.period_start AND l.lot_id IS NOT NULL)
     WHERE p.convention_id = ? ORDER BY p.period_start`,
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
