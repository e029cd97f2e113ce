import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

describe('0008-activity-months, on a database at version 7 holding demo data with lots', () => {
  it('adds the monthly activity of the proofs, with its constraints; lot lines keep their records and may now name a proof of activity', () => {
    const file = path.join(tempDir(), 'v7-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 7);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(7);
    const lines = () =>
      db
        .prepare(
          'SELECT lot_id, line_no, convention_id, record_kind, status, error_code, error_label, record_ref, payload_sha256 FROM exchange_lot_lines ORDER BY lot_id, line_no',
        )
        .all();
    const before = lines();
    expect(before.length).toBeGreaterThan(0);

    expect(migrate(db, migrations, 8)).toEqual([8]);
    expect(lines()).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'exchange_lot_lines_record'").pluck().get()).toBe(1);
    const line = db.prepare('SELECT lot_id AS lotId, convention_id AS conventionId FROM exchange_lot_lines LIMIT 1').get() as {
      lotId: number;
      conventionId: number;
    };
    const addLine = db.prepare(
      "INSERT INTO exchange_lot_lines (lot_id, line_no, convention_id, record_kind, status, record_ref) VALUES (?, 9999, ?, 'PROOF_OF_ACTIVITY', 'prepared', ?)",
    );
    expect(() => addLine.run(line.lotId, line.conventionId, 'proof:1')).toThrow(/CHECK/);
    addLine.run(line.lotId, line.conventionId, `activity:${line.conventionId}:2008-06-09`);

    const month = db.prepare(
      `INSERT INTO activity_months (convention_id, month, worked_hundredths, paid_leave_hundredths, unpaid_suspension_days, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, '2008-09-10T10:00:00Z', 'Association')`,
    );
    month.run(line.conventionId, '2008-06', 6356, 0, 0);
    // One row per convention and month; a real month; hours and days within a month's.
    expect(() => month.run(line.conventionId, '2008-06', 6356, 0, 0)).toThrow(/UNIQUE/);
    expect(() => month.run(line.conventionId, '2008-13', 6356, 0, 0)).toThrow(/CHECK/);
    expect(() => month.run(line.conventionId, '2008-07', -1, 0, 0)).toThrow(/CHECK/);
    expect(() => month.run(line.conventionId, '2008-07', 74401, 0, 0)).toThrow(/CHECK/);
    expect(() => month.run(line.conventionId, '2008-07', 8667, 0, 32)).toThrow(/CHECK/);
    expect(() => month.run(99999, '2008-07', 8667, 0, 0)).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('activity_months', 'exchange_lot_lines') AND sql LIKE '%STRICT'").pluck().get()).toBe(
      2,
    );
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});
