import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion, writeConventionsEveryWay } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listConventions } from './repositories/conventions/list';
import { countedSql } from './repositories/conventions/list-sql';

const tempDir = useTempDir();

/** The counts by their definition: the conventions themselves, those with an end date. */
const BY_DEFINITION = `SELECT ends_on, status, measure, department, count(*) AS n FROM conventions WHERE ends_on IS NOT NULL
  GROUP BY ends_on, status, measure, department ORDER BY ends_on, status, measure, department`;
const kept = (db: Database.Database) =>
  db.prepare('SELECT ends_on, status, measure, department, n FROM convention_end_counts ORDER BY ends_on, status, measure, department').all();

describe('0017-end-counts, on a database at version 16 holding an agency demo', () => {
  it('keeps every row, counts the conventions by end date, and the triggers keep the counts exact (issue #16)', () => {
    const file = path.join(tempDir(), 'v16-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 60, seed: 7 }, 16);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(16);
    const tables = ['conventions', 'convention_versions', 'status_changes', 'aid_payments'];
    const dump = () => [
      ...tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()),
      db.prepare('SELECT * FROM convention_counts ORDER BY status, measure, department').all(),
    ];
    const before = dump();

    expect(migrate(db, loadMigrations(), 17)).toEqual([17]);
    expect(dump()).toEqual(before);
    expect(kept(db)).not.toEqual([]);
    expect(kept(db)).toEqual(db.prepare(BY_DEFINITION).all());

    // Every write of conventions, in one transaction: an end moved, an end removed and one given, a status and a measure changed,
    // a row rewritten unchanged, a draft deleted, one added.
    db.transaction(() => {
      db.prepare("UPDATE conventions SET ends_on = '2010-03-31' WHERE id = (SELECT min(id) FROM conventions WHERE ends_on IS NOT NULL)").run();
      db.prepare('UPDATE conventions SET ends_on = NULL WHERE id = (SELECT max(id) FROM conventions WHERE ends_on IS NOT NULL)').run();
      db.prepare("UPDATE conventions SET ends_on = '2010-06-30' WHERE id = (SELECT min(id) FROM conventions WHERE ends_on IS NULL)").run();
      db.prepare('UPDATE conventions SET ends_on = ends_on, status = status WHERE id % 3 = 0').run();
      writeConventionsEveryWay(db);
    })();
    const after = db.prepare(BY_DEFINITION).all() as { ends_on: string; department: string }[];
    expect(after.map((r) => r.ends_on)).toEqual(expect.arrayContaining(['2010-03-31', '2010-06-30', '2011-06-30']));
    expect(after.map((r) => r.department)).toEqual(expect.arrayContaining(['971', '976']));
    expect(kept(db)).toEqual(after);

    // The list's total for an end-date range, alone or with status, measure or department, comes from it and equals counting the conventions.
    for (const filter of [
      { endsFrom: '2008-01-01', endsTo: '2008-12-31' },
      { endsFrom: '2010-01-01' },
      { endsTo: '2007-06-30', status: 'terminee' as const },
      { endsFrom: '2009-01-01', endsTo: '2011-12-31', measure: 'CAV' as const, department: '971' },
    ]) {
      expect(countedSql(filter)?.sql).toMatch(/FROM convention_end_counts c/);
      const where = Object.entries(filter)
        .map(([k, v]) => (k === 'endsFrom' ? `ends_on >= '${v}'` : k === 'endsTo' ? `ends_on <= '${v}'` : `${k} = '${v}'`))
        .join(' AND ');
      const total = db.prepare(`SELECT count(*) FROM conventions WHERE ${where}`).pluck().get();
      expect(listConventions(db, { ...filter, limit: 10, offset: 0 }).total).toBe(total);
    }
    // With an employer, it is counted from the conventions.
    expect(countedSql({ endsFrom: '2008-01-01', employerId: 1 })).toBeNull();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
