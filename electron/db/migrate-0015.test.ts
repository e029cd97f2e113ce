import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { expectedCentsByMonth } from './repositories/aid-payments';

const tempDir = useTempDir();

/** The monthly totals by their definition: the payments themselves. */
const BY_DEFINITION = `SELECT substr(due_on, 1, 7) AS month, count(*) AS payments, sum(expected_cents) AS cents
  FROM aid_payments GROUP BY month ORDER BY month`;
const kept = (db: Database.Database) => db.prepare('SELECT month, payments, cents FROM aid_expected_by_month ORDER BY month').all();

describe('0015-dashboard-indexes, on a database at version 14 holding an agency demo', () => {
  it('keeps every row, totals the expected aid by month, and the triggers keep the totals exact (issue #16)', () => {
    const file = path.join(tempDir(), 'v14-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 9 }, 14);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(14);
    const tables = ['conventions', 'convention_versions', 'contract_events', 'aid_payments', 'exchange_lot_lines'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();
    expect(before[3]!.length).toBeGreaterThan(100);

    expect(migrate(db, loadMigrations(), 15)).toEqual([15]);
    expect(dump()).toEqual(before);
    expect(kept(db)).toEqual(db.prepare(BY_DEFINITION).all());

    // Every write of aid_payments, in one transaction: a new month, a payment moved to another month, a changed amount, deletions emptying a month.
    const one = db.prepare('SELECT convention_id AS conventionId, due_on AS dueOn FROM aid_payments ORDER BY id LIMIT 1').get() as {
      conventionId: number;
      dueOn: string;
    };
    db.transaction(() => {
      db.prepare(
        `INSERT INTO aid_payments (convention_id, period_start, period_end, due_on, expected_cents) VALUES (?, '2031-01-01', '2031-01-31', '2031-02-10', 12345)`,
      ).run(one.conventionId);
      db.prepare("UPDATE aid_payments SET due_on = '2031-03-10' WHERE id = (SELECT min(id) FROM aid_payments)").run();
      db.prepare('UPDATE aid_payments SET expected_cents = expected_cents + 7 WHERE id % 5 = 0').run();
      db.prepare('UPDATE aid_payments SET received_cents = expected_cents WHERE id % 3 = 0').run();
      db.prepare('DELETE FROM aid_payments WHERE due_on LIKE ?').run(`${one.dueOn.slice(0, 7)}%`);
    })();
    const after = db.prepare(BY_DEFINITION).all() as { month: string }[];
    expect(after.map((m) => m.month)).toEqual(expect.arrayContaining(['2031-02', '2031-03']));
    expect(after.map((m) => m.month)).not.toContain(one.dueOn.slice(0, 7));
    expect(kept(db)).toEqual(after);
    expect(expectedCentsByMonth(db, '2031-01-01', '2031-12-31')).toEqual([
      { month: '2031-02', cents: 12345 },
      { month: '2031-03', cents: db.prepare("SELECT expected_cents FROM aid_payments WHERE due_on = '2031-03-10'").pluck().get() as number },
    ]);

    // Nothing reads the payments by due date any more; the index of lot_id holds only the paid payments, and a lot's payments are still sought through it.
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'aid_payments' ORDER BY name").pluck().all()).toEqual([
      'aid_payments_lot',
      'sqlite_autoindex_aid_payments_1',
    ]);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'aid_payments_lot'").pluck().get()).toMatch(/WHERE lot_id IS NOT NULL/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM aid_payments WHERE lot_id = ?').all(1) as { detail: string }[];
    expect(plan.map((l) => l.detail)).toEqual(['SEARCH aid_payments USING INDEX aid_payments_lot (lot_id=?)']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
