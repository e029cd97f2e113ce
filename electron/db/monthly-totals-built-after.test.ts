import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailedWriteChangesNothing, schemaRows } from '../../test/helpers/schema';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';
import { withMonthlyTotalsBuiltAfter } from './monthly-totals-built-after';
import { bulkInsertConventions } from './repositories/conventions/bulk';
import { replaceExpectedPayments, type ExpectedPayment } from './repositories/aid-payments';

const tempDir = useTempDir();

const totals = (db: Db) => db.prepare('SELECT month, payments, cents FROM aid_expected_by_month ORDER BY month').all();

/** Monthly payments of convention `id` from `month` (1-based, 2008), `count` of them: CAE-like, due on each month's first day. */
function schedule(id: number, month: number, count: number): ExpectedPayment[] {
  return Array.from({ length: count }, (_, k) => {
    const m = String(month + k).padStart(2, '0');
    const start = `2008-${m}-01`;
    return { periodStart: start, periodEnd: `2008-${m}-28`, dueOn: start, expectedCents: 50_000 + id * 100 + k };
  });
}

/** The payments the demo writes, then some rewritten (fewer, other amounts) and some removed. */
function writePayments(db: Db): void {
  for (let id = 1; id <= 60; id++) replaceExpectedPayments(db, id, schedule(id, 1 + (id % 4), 6));
  for (let id = 1; id <= 60; id += 7) replaceExpectedPayments(db, id, schedule(id + 1, 2, 3));
  for (let id = 5; id <= 60; id += 11) replaceExpectedPayments(db, id, []);
}

describe('a bulk write of expected payments with their monthly totals counted at its end (issue #16)', () => {
  it('gives the same monthly totals as the triggers, the schema as before, and counts nothing meanwhile', () => {
    const usual = openDatabase(path.join(tempDir(), 'usual.sqlite'));
    bulkInsertConventions(usual, { conventions: 60, employers: 3 });
    inTransaction(usual, () => writePayments(usual));
    const deferred = openDatabase(path.join(tempDir(), 'deferred.sqlite'));
    bulkInsertConventions(deferred, { conventions: 60, employers: 3 });
    // A month already counted before the bulk write keeps its payments in the count.
    inTransaction(deferred, () => replaceExpectedPayments(deferred, 60, schedule(60, 1, 2)));
    const before = schemaRows(deferred);
    let during: unknown[] = [];
    inTransaction(deferred, () =>
      withMonthlyTotalsBuiltAfter(deferred, () => {
        writePayments(deferred);
        during = totals(deferred);
      }),
    );
    expect(during).toEqual([
      { month: '2008-01', payments: 1, cents: 56_000 },
      { month: '2008-02', payments: 1, cents: 56_001 },
    ]);
    expect(schemaRows(deferred)).toEqual(before);
    expect(totals(deferred)).toEqual(totals(usual));
    expect(totals(deferred).length).toBeGreaterThan(5);
    // The triggers are back: a payment written afterwards is counted.
    inTransaction(deferred, () => replaceExpectedPayments(deferred, 5, schedule(5, 1, 1)));
    inTransaction(usual, () => replaceExpectedPayments(usual, 5, schedule(5, 1, 1)));
    expect(totals(deferred)).toEqual(totals(usual));
    usual.close();
    deferred.close();
  });

  it('changes nothing when the write fails', () => {
    const db = openDatabase(path.join(tempDir(), 'failed.sqlite'));
    expectFailedWriteChangesNothing(db, (work) => withMonthlyTotalsBuiltAfter(db, work));
    db.close();
  });

  it('refuses to run outside a transaction', () => {
    const db = openDatabase(path.join(tempDir(), 'outside.sqlite'));
    expect(() => withMonthlyTotalsBuiltAfter(db, () => 1)).toThrow(/intérieur d'une transaction/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'aid_expected_by_month_%'").pluck().get()).toBe(3);
    db.close();
  });
});
