import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailedWriteChangesNothing, schemaRows } from '../../test/helpers/schema';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';
import { withMonthlyTotalsBuiltAfter } from './monthly-totals-built-after';
import { insertExpectedPayments } from './repositories/aid-payments';
import { bulkInsertConventions } from './repositories/conventions/bulk';

const tempDir = useTempDir();

/** Three monthly payments (due on each month's first day) of convention `id`, from a month that depends on it. */
function writeSchedule(db: Db, id: number): void {
  const month = (k: number) => `2008-${String(((id + k) % 12) + 1).padStart(2, '0')}`;
  const lastDay = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
  insertExpectedPayments(
    db,
    id,
    [0, 1, 2].map((k) => ({ periodStart: `${month(k)}-01`, periodEnd: lastDay(month(k)), dueOn: `${month(k)}-01`, expectedCents: 10_000 + id + k })),
  );
}

const totals = (db: Db) => db.prepare('SELECT month, payments, cents FROM aid_expected_by_month ORDER BY month').raw().all();
const recount = (db: Db) => db.prepare('SELECT substr(due_on, 1, 7), count(*), sum(expected_cents) FROM aid_payments GROUP BY 1 ORDER BY 1').raw().all();

describe('a bulk write of expected payments with their monthly totals added by slices (issue #16)', () => {
  it('adds at each catch-up the totals of the conventions written so far, the rest at the end: what the triggers keep', () => {
    const usual = openDatabase(path.join(tempDir(), 'usual.sqlite'));
    bulkInsertConventions(usual, { conventions: 300, employers: 3 });
    inTransaction(usual, () => {
      for (let id = 1; id <= 300; id++) writeSchedule(usual, id);
    });
    const sliced = openDatabase(path.join(tempDir(), 'sliced.sqlite'));
    bulkInsertConventions(sliced, { conventions: 300, employers: 3 });
    const before = schemaRows(sliced);
    // Conventions 1 to 100 written before, with the triggers there: already counted.
    inTransaction(sliced, () => {
      for (let id = 1; id <= 100; id++) writeSchedule(sliced, id);
    });
    const during: { payments: number; caughtUp: boolean }[] = [];
    const look = () => {
      const [[payments]] = sliced.prepare('SELECT coalesce(sum(payments), 0) FROM aid_expected_by_month').raw().all() as [[number]];
      during.push({ payments, caughtUp: JSON.stringify(totals(sliced)) === JSON.stringify(recount(sliced)) });
    };
    inTransaction(sliced, () =>
      withMonthlyTotalsBuiltAfter(sliced, (catchUp) => {
        for (let id = 101; id <= 200; id++) writeSchedule(sliced, id);
        look();
        catchUp();
        look();
        for (let id = 201; id <= 300; id++) writeSchedule(sliced, id);
      }),
    );
    expect(during).toEqual([
      { payments: 300, caughtUp: false },
      { payments: 600, caughtUp: true },
    ]);
    expect(totals(sliced)).toEqual(recount(sliced));
    expect(totals(sliced)).toEqual(totals(usual));
    expect(schemaRows(sliced)).toEqual(before);
    // The triggers are back: a payment written after counts at once.
    inTransaction(sliced, () => sliced.prepare("DELETE FROM aid_payments WHERE convention_id = 7 AND period_start LIKE '2008-%'").run());
    expect(totals(sliced)).toEqual(recount(sliced));
    usual.close();
    sliced.close();
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
