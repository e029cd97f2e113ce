import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

describe('0002-convention-workflow, on a database at version 1 holding demo data', () => {
  it('adds numbering counters seeded from the numbers already given, justifications and dénonciations, keeping the data', () => {
    const file = path.join(tempDir(), 'v1-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 1);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(1);
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    const before = ['conventions', 'convention_versions', 'employers', 'employees', 'status_changes', 'contract_events'].map(count);

    expect(migrate(db, migrations, 2)).toEqual([2]);
    expect(['conventions', 'convention_versions', 'employers', 'employees', 'status_changes', 'contract_events'].map(count)).toEqual(before);
    // Every agency's counter starts at its highest number: none is given twice.
    expect(db.prepare('SELECT department, prescriber_code, last_order_number FROM convention_counters ORDER BY 1').all()).toEqual(
      db.prepare('SELECT department, prescriber_code, max(order_number) AS last_order_number FROM conventions GROUP BY 1, 2 ORDER BY 1').all(),
    );
    expect(count('convention_counters')).toBe(2);

    const version = db.prepare('SELECT id FROM convention_versions LIMIT 1').pluck().get() as number;
    const justify = db.prepare(
      "INSERT INTO warning_justifications (version_id, finding_code, text, justified_by, justified_at) VALUES (?, ?, ?, 'Agent', 'x')",
    );
    justify.run(version, 'WEEKLY_HOURS_TOO_LOW', 'Difficultés attestées');
    expect(() => justify.run(version, 'WEEKLY_HOURS_TOO_LOW', 'Encore une fois')).toThrow(/UNIQUE/);
    expect(() => justify.run(version, 'weekly hours', 'Code mal formé')).toThrow(/CHECK/);
    expect(() => justify.run(9999, 'NIR_MISMATCH', 'Version inconnue')).toThrow(/FOREIGN KEY/);

    const convention = db.prepare('SELECT id FROM conventions LIMIT 1').pluck().get() as number;
    const notice = db.prepare(
      "INSERT INTO denunciations (convention_id, grounds, intent_notified_on, observations_deadline, created_at, updated_at) VALUES (?, 'Manquement', ?, ?, 'x', 'x')",
    );
    expect(() => notice.run(convention, '2008-10-01', '2008-09-30')).toThrow(/CHECK/);
    expect(() => notice.run(convention, '2008-02-30', '2008-03-08')).toThrow(/CHECK/);
    notice.run(convention, '2008-10-01', '2008-10-08');
    // One procedure under way at a time.
    expect(() => notice.run(convention, '2008-10-02', '2008-10-09')).toThrow(/UNIQUE/);
    // A decision needs its date, and only a dénonciation informs the organisations.
    expect(() => db.prepare("UPDATE denunciations SET decision = 'DENOUNCED'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("UPDATE denunciations SET decision = 'MAINTAINED', decision_notified_on = '2008-10-10', collector_informed_on = '2008-10-11'").run(),
    ).toThrow(/CHECK/);

    const strict = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('convention_counters', 'warning_justifications', 'denunciations') AND sql LIKE '%STRICT'",
      )
      .pluck()
      .all();
    expect(strict).toHaveLength(3);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
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
