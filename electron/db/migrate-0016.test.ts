import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion, writeConventionsEveryWay } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { countByStatus, listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

/** The counts by their definition: the conventions themselves. */
const BY_DEFINITION =
  'SELECT status, measure, department, count(*) AS n FROM conventions GROUP BY status, measure, department ORDER BY status, measure, department';
const kept = (db: Database.Database) => db.prepare('SELECT status, measure, department, n FROM convention_counts ORDER BY status, measure, department').all();

describe('0016-list-counts, on a database at version 15 holding an agency demo', () => {
  it('keeps every row, counts the conventions by status, measure and department, and the triggers keep the counts exact (issue #16)', () => {
    const file = path.join(tempDir(), 'v15-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 60, seed: 5 }, 15);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(15);
    const tables = ['conventions', 'convention_versions', 'status_changes', 'aid_payments'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();

    expect(migrate(db, loadMigrations(), 16)).toEqual([16]);
    expect(dump()).toEqual(before);
    expect(kept(db)).toEqual(db.prepare(BY_DEFINITION).all());

    // Every write of conventions, in one transaction: a row rewritten unchanged, a status changed, a measure and department changed,
    // a draft deleted, one added.
    db.transaction(() => {
      db.prepare('UPDATE conventions SET status = status WHERE id % 4 = 0').run();
      writeConventionsEveryWay(db);
    })();
    const after = db.prepare(BY_DEFINITION).all() as { department: string }[];
    expect(after.map((r) => r.department)).toEqual(expect.arrayContaining(['971', '976']));
    expect(kept(db)).toEqual(after);

    // The list's totals and the dashboard's counts by status come from it, equal to counting the conventions.
    for (const filter of [
      { status: 'en_cours' as const },
      { measure: 'CAV' as const, department: '971' },
      { status: 'terminee' as const, measure: 'CAE' as const },
    ]) {
      const where = Object.entries(filter)
        .map(([k, v]) => `${k} = '${v}'`)
        .join(' AND ');
      expect(listConventions(db, { ...filter, limit: 10, offset: 0 }).total).toBe(db.prepare(`SELECT count(*) FROM conventions WHERE ${where}`).pluck().get());
    }
    const byStatus = db.prepare('SELECT status, count(*) AS n FROM conventions GROUP BY status').all() as { status: string; n: number }[];
    for (const { status, n } of byStatus) expect(countByStatus(db)[status as keyof ReturnType<typeof countByStatus>]).toBe(n);

    // Sorted by status, one status's conventions come by start; a status listed by start walks that index.
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'conventions_by_status'").pluck().get()).toMatch(/\(status, starts_on, id, measure/);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT c.id FROM conventions c INDEXED BY conventions_by_status WHERE c.status = 'en_cours' ORDER BY c.starts_on, c.id LIMIT 10",
      )
      .all() as { detail: string }[];
    expect(plan.map((l) => l.detail)).toEqual(['SEARCH c USING COVERING INDEX conventions_by_status (status=?)']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
