import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listAidPayments } from './repositories/aid-payments';
import { paymentsOfLot } from './repositories/exchanges/lines';

const tempDir = useTempDir();

const EXPECTED = 'SELECT convention_id, period_start, period_end, due_on, expected_cents FROM aid_payments ORDER BY convention_id, period_start';
const RECEIVED = 'SELECT convention_id, received_on, amount_cents, period_start, period_end, source, lot_id FROM received_payments ORDER BY id';
const BY_MONTH = `SELECT substr(due_on, 1, 7) AS month, count(*) AS payments, sum(expected_cents) AS cents FROM aid_payments GROUP BY month ORDER BY month`;
const kept = (db: Database.Database) => db.prepare('SELECT month, payments, cents FROM aid_expected_by_month ORDER BY month').all();

type Payment = { id: number; convention_id: number; period_start: string; period_end: string; expected_cents: number };

/**
 * At version 17, a return file's lot paying three payments, as the import wrote them then: on the payment and in
 * received_payments; and a fourth written on the payment only (as before 0009), which 0018 must not lose.
 */
function paidAtVersion17(db: Database.Database): Payment[] {
  const paid = db.prepare('SELECT id, convention_id, period_start, period_end, expected_cents FROM aid_payments ORDER BY id LIMIT 4').all() as Payment[];
  const lotId = db
    .prepare(
      `INSERT INTO exchange_lots (direction, kind, emitter, recipient, sequence, file_name, sha256, status, created_at)
       VALUES ('IN', 'return-file', 'CNASEA', '69012', 1, 'retour-0001.json', ?, 'accepted', '2009-06-16T10:00:00.000Z')`,
    )
    .run('b'.repeat(64)).lastInsertRowid;
  db.transaction(() => {
    paid.forEach((p, i) => {
      db.prepare("UPDATE aid_payments SET received_cents = ?, received_on = '2009-06-15', lot_id = ? WHERE id = ?").run(p.expected_cents, lotId, p.id);
      if (i === 3) return;
      db.prepare(
        `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_at, created_by)
         VALUES (?, '2009-06-15', ?, ?, ?, 'fichier_retour', 'retour-0001.json', ?, ?, '2009-06-16T10:00:00.000Z', 'import')`,
      ).run(p.convention_id, p.expected_cents, p.period_start, p.period_end, lotId, i + 1);
    });
  })();
  return paid;
}

describe('0018-expected-payments, on a database at version 17 holding an agency demo', () => {
  it('keeps every expected payment keyed by convention and period, moves what was received to received_payments alone, and keeps the monthly totals (issue #16)', () => {
    const file = path.join(tempDir(), 'v17-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 17);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(17);
    const paid = paidAtVersion17(db);
    const expected = db.prepare(EXPECTED).all();
    const received = db.prepare(RECEIVED).all();
    const totals = kept(db);
    expect(expected.length).toBeGreaterThan(100);
    expect(received).toHaveLength(3);

    expect(migrate(db, loadMigrations(), 18)).toEqual([18]);
    expect(db.prepare(EXPECTED).all()).toEqual(expected);
    expect(kept(db)).toEqual(totals);
    // The payment known only on aid_payments is copied, as 0009 copied those before it; the others are not doubled.
    const lost = paid[3]!;
    expect(db.prepare(RECEIVED).all()).toEqual([
      ...received,
      { ...received[0]!, convention_id: lost.convention_id, amount_cents: lost.expected_cents, period_start: lost.period_start, period_end: lost.period_end },
    ]);
    const lotId = (received[0] as { lot_id: number }).lot_id;
    expect(paymentsOfLot(db, lotId)).toHaveLength(4);
    const first = listAidPayments(db, paid[0]!.convention_id).find((p) => p.periodStart === paid[0]!.period_start);
    expect(first).toMatchObject({ expectedCents: paid[0]!.expected_cents, receivedCents: paid[0]!.expected_cents, receivedOn: '2009-06-15', lotId });

    // Keyed by what identifies a payment: no rowid, no id, nothing received kept here, no other index.
    expect(db.prepare("SELECT wr FROM pragma_table_list WHERE name = 'aid_payments'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT name FROM pragma_table_info('aid_payments') ORDER BY cid").pluck().all()).toEqual([
      'convention_id',
      'period_start',
      'period_end',
      'due_on',
      'expected_cents',
    ]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'aid_payments'").pluck().all()).toEqual([]);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM aid_payments WHERE convention_id = ? AND period_start = ?').all(1, '2009-01-01') as {
      detail: string;
    }[];
    expect(plan.map((l) => l.detail)).toEqual(['SEARCH aid_payments USING PRIMARY KEY (convention_id=? AND period_start=?)']);

    // The triggers, written again on the new table, keep the totals exact: a new month, a payment moved, an amount changed, a month emptied.
    const one = paid[0]!;
    db.transaction(() => {
      db.prepare(
        `INSERT INTO aid_payments (convention_id, period_start, period_end, due_on, expected_cents) VALUES (?, '2031-01-01', '2031-01-31', '2031-02-10', 12345)`,
      ).run(one.convention_id);
      db.prepare("UPDATE aid_payments SET due_on = '2031-03-10' WHERE convention_id = ? AND period_start = ?").run(one.convention_id, one.period_start);
      db.prepare('UPDATE aid_payments SET expected_cents = expected_cents + 7 WHERE convention_id % 3 = 0').run();
      db.prepare("DELETE FROM aid_payments WHERE due_on LIKE '2009-02%'").run();
    })();
    expect(db.prepare(BY_MONTH).all()).toEqual(kept(db));
    expect((kept(db) as { month: string }[]).map((m) => m.month)).toEqual(expect.arrayContaining(['2031-02', '2031-03']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
