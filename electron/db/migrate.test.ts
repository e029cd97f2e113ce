import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

function databaseAt(version: number): Database.Database {
  const db = new Database(path.join(tempDir(), `v${version}.sqlite`));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, version);
  expect(schemaVersion(db)).toBe(version);
  return db;
}

describe('migrations', () => {
  it('are numbered NNNN-name.sql from 1 without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('are applied once: a second run changes nothing', () => {
    const db = databaseAt(migrations.length);
    expect(migrate(db, migrations)).toEqual([]);
    db.close();
  });

  it('roll back whole when one fails, leaving the version unchanged', () => {
    const db = databaseAt(0);
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE ok (x INTEGER) STRICT; CREATE TABLE ok (y INTEGER);' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'ok'").pluck().get()).toBe(0);
    db.close();
  });

  describe('0001-initial, on an empty database', () => {
    it('creates the first data model with its constraints', () => {
      const db = databaseAt(0);
      migrate(db, migrations, 1);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).toEqual([
        'aid_payments',
        'aid_rates',
        'audit_log',
        'contract_events',
        'convention_versions',
        'conventions',
        'employees',
        'employers',
        'exchange_lot_lines',
        'exchange_lots',
        'settings',
        'status_changes',
        'workspace',
      ]);
      // Dates are checked: an impossible date is refused.
      expect(() =>
        db
          .prepare(
            "INSERT INTO employees (civility, last_name, first_names, birth_date, created_at, updated_at) VALUES ('M', 'A', 'B', '2008-02-30', 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
      // Foreign keys hold: a convention needs its employer.
      expect(() =>
        db
          .prepare(
            "INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id, status, starts_on, created_at, updated_at) VALUES ('n', 'CAE', '69', '69012', 1, 99, 99, 'brouillon', '2008-06-09', 'x', 'x')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      // The NIR is stored once.
      const employee = db.prepare(
        "INSERT INTO employees (nir, civility, last_name, first_names, birth_date, created_at, updated_at) VALUES ('275036912345661', 'MME', 'A', 'B', '1975-03-14', 'x', 'x')",
      );
      employee.run();
      expect(() => employee.run()).toThrow(/UNIQUE/);
      // Every foreign key has an index to look it up.
      const unindexed = db
        .prepare(
          `SELECT m.name AS tbl, f."from" AS col FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
           WHERE m.type = 'table' AND NOT EXISTS (
             SELECT 1 FROM pragma_index_list(m.name) il, pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = f."from")`,
        )
        .all();
      expect(unindexed).toEqual([]);
      db.close();
    });
  });
});
