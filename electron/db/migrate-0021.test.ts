import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listAidPayments } from './repositories/aid-payments';

const tempDir = useTempDir();

const EXPECTED = 'SELECT convention_id, period_start, period_end, due_on, expected_cents FROM aid_payments ORDER BY convention_id, period_start';
const BY_MONTH = `SELECT substr(due_on, 1, 7) AS month, count(*) AS payments, sum(expected_cents) AS cents FROM aid_payments GROUP BY month ORDER BY month`;
const kept = (db: Database.Database) => db.prepare('SELECT month, payments, cents FROM aid_expected_by_month ORDER BY month').all();

type Payment = { convention_id: number; period_start: string; period_end: string; due_on: string; expected_cents: number };

describe('0021-payment-periods, on a database at version 20 holding an agency demo', () => {
  it('keeps every payment, its last day and its due day computed from its first day, its length and where it falls due (issue #16)', () => {
    const file = path.join(tempDir(), 'v20-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 60, seed: 5 }, 20);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(20);
    const before = db.prepare(EXPECTED).all() as Payment[];
    const totals = kept(db);
    // Both kinds are there: monthly in advance (CAE, CAV) and after the period (CAE-DOM), periods cut short by an end.
    expect(before.filter((p) => p.due_on === p.period_start).length).toBeGreaterThan(100);
    expect(before.some((p) => p.due_on === p.period_end && p.due_on !== p.period_start)).toBe(true);
    expect(
      before.some((p) => p.due_on === p.period_start && !p.period_end.endsWith('-31') && !p.period_end.endsWith('-30') && p.period_end.slice(5, 7) !== '02'),
    ).toBe(true);

    expect(migrate(db, loadMigrations(), 21)).toEqual([21]);
    expect(db.prepare(EXPECTED).all()).toEqual(before);
    expect(kept(db)).toEqual(totals);
    const one = before.find((p) => p.due_on === p.period_end && p.due_on !== p.period_start)!;
    expect(listAidPayments(db, one.convention_id).find((p) => p.periodStart === one.period_start)).toMatchObject({
      periodEnd: one.period_end,
      dueOn: one.due_on,
      expectedCents: one.expected_cents,
    });

    // Stored: the first day, the length, where it falls due; the last day and the due day are computed, never written.
    expect(db.prepare("SELECT name, hidden FROM pragma_table_xinfo('aid_payments') ORDER BY cid").all()).toEqual([
      { name: 'convention_id', hidden: 0 },
      { name: 'period_start', hidden: 0 },
      { name: 'period_days', hidden: 0 },
      { name: 'due_at_end', hidden: 0 },
      { name: 'expected_cents', hidden: 0 },
      { name: 'period_end', hidden: 2 },
      { name: 'due_on', hidden: 2 },
    ]);
    const insert = (columns: string, values: string) =>
      db.prepare(`INSERT INTO aid_payments (convention_id, period_start, ${columns}) VALUES (?, '2031-01-01', ${values})`).run(one.convention_id);
    expect(() => insert('period_days, due_at_end, expected_cents, period_end', "31, 0, 100, '2031-01-31'")).toThrow(/generated column/);
    expect(() => insert('period_days, due_at_end, expected_cents', '0, 0, 100')).toThrow(/CHECK constraint failed/);
    expect(() => insert('period_days, due_at_end, expected_cents', '31, 2, 100')).toThrow(/CHECK constraint failed/);

    // The triggers, written again on the new table, keep the totals exact: a new month due at its end, a period
    // lengthened into the next month, an amount changed, a month emptied.
    const monthly = before.find((p) => p.due_on === p.period_start && p.period_start.endsWith('-01'))!;
    db.transaction(() => {
      insert('period_days, due_at_end, expected_cents', '59, 1, 12345');
      db.prepare('UPDATE aid_payments SET due_at_end = 1, period_days = 40 WHERE convention_id = ? AND period_start = ?').run(
        monthly.convention_id,
        monthly.period_start,
      );
      db.prepare('UPDATE aid_payments SET expected_cents = expected_cents + 7 WHERE convention_id % 3 = 0').run();
      db.prepare("DELETE FROM aid_payments WHERE due_on LIKE '2009-02%'").run();
    })();
    expect(db.prepare("SELECT period_end, due_on FROM aid_payments WHERE period_start = '2031-01-01'").get()).toEqual({
      period_end: '2031-02-28',
      due_on: '2031-02-28',
    });
    expect(db.prepare(BY_MONTH).all()).toEqual(kept(db));
    expect((kept(db) as { month: string }[]).map((m) => m.month)).toContain('2031-02');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('stops, changing nothing, on a payment due neither on its first day nor on its last', () => {
    const file = path.join(tempDir(), 'v20-odd.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 20, seed: 6 }, 20);
    const db = new Database(file);
    const odd = db
      .prepare('SELECT convention_id, period_start FROM aid_payments WHERE due_on = period_start AND period_end > period_start LIMIT 1')
      .get() as Payment;
    db.prepare("UPDATE aid_payments SET due_on = date(period_start, '+1 day') WHERE convention_id = ? AND period_start = ?").run(
      odd.convention_id,
      odd.period_start,
    );
    const before = db.prepare(EXPECTED).all();

    expect(() => migrate(db, loadMigrations(), 21)).toThrow(/NOT NULL constraint failed: expected_payments.due_at_end/);
    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare(EXPECTED).all()).toEqual(before);
    db.close();
  });
});
