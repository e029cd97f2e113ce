import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

describe('0003-convention-search, on a database at version 2 holding demo data', () => {
  it('indexes every convention for the search and keeps the index in sync, with trusted_schema off', () => {
    const file = path.join(tempDir(), 'v2-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 2);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    expect(schemaVersion(db)).toBe(2);
    expect(migrate(db, migrations, 3)).toEqual([3]);
    const match = (q: string) => db.prepare('SELECT rowid FROM convention_search WHERE convention_search MATCH ? ORDER BY rowid').pluck().all(q);
    expect(db.prepare('SELECT count(*) FROM convention_search').pluck().get()).toBe(40);
    const first = db
      .prepare(
        'SELECT c.id, c.number, ee.id AS employee, ee.nir, er.siret FROM conventions c JOIN employees ee ON ee.id = c.employee_id JOIN employers er ON er.id = c.employer_id ORDER BY c.id LIMIT 1',
      )
      .get() as { id: number; number: string; employee: number; nir: string; siret: string };
    expect(match(`"${first.number}"`)).toEqual([first.id]);
    expect(match(`"${first.nir}"`)).toEqual([first.id]);
    expect(match(`"${first.siret}"`)).toContain(first.id);
    // Triggers run with trusted_schema off: renaming the employee re-indexes the convention.
    db.prepare("UPDATE employees SET last_name = 'ÉTIÉVANT' WHERE id = ?").run(first.employee);
    expect(match('"etievant"')).toEqual([first.id]);
    db.prepare('DELETE FROM convention_versions WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM status_changes WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM contract_events WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM aid_payments WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM exchange_lot_lines WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM conventions WHERE id = ?').run(first.id);
    expect(match('"etievant"')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM convention_search').pluck().get()).toBe(39);
    db.close();
  });
});
