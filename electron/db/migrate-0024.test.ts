import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { searchIndexWords } from '../../test/helpers/schema';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

/** The same writes through the search triggers, at version 23 or 24: every trigger of the search runs at least once. */
function writeThroughEveryTrigger(db: Database.Database): void {
  db.transaction(() => {
    const [first, second] = db.prepare('SELECT id, employee_id, employer_id FROM conventions ORDER BY id LIMIT 2').all() as {
      id: number;
      employee_id: number;
      employer_id: number;
    }[];
    // A new convention (insert trigger) of the second's employee and employer.
    db.prepare(
      `INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id, status, starts_on, ends_on, created_ms, updated_ms)
       VALUES ('069-0709-69012-99999', 'CAE', '69', '69012', 99999, ?, ?, 'a_signer', '2009-07-01', '2010-06-30', 1246435200000, 1246435200000)`,
    ).run(second!.employer_id, second!.employee_id);
    // Update trigger: its number, then its parties.
    db.prepare("UPDATE conventions SET number = '069-0709-69012-99998' WHERE id = ?").run(first!.id);
    db.prepare('UPDATE conventions SET employee_id = ?, employer_id = ? WHERE id = ?').run(second!.employee_id, second!.employer_id, first!.id);
    // Employee trigger: a name and a birth name.
    db.prepare("UPDATE employees SET last_name = 'ZÉPHYRIN', birth_name = 'AUBRAC' WHERE id = ?").run(second!.employee_id);
    // Employer trigger: its name and SIRET.
    db.prepare("UPDATE employers SET name = 'Association Les Tilleuls', siret = '73282932000074' WHERE id = ?").run(second!.employer_id);
  })();
}

function demoAt23(name: string): string {
  const file = path.join(tempDir(), name);
  generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 7 }, 23);
  return file;
}

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  return db;
}

describe('0024-search-entries-view, on a database at version 23 holding an agency demo', () => {
  it('keeps the search index as it was, and its triggers write the entries the triggers of 0013 wrote (issue #16)', () => {
    const file = demoAt23('v23.sqlite');
    fs.copyFileSync(file, path.join(tempDir(), 'v24.sqlite'));
    const old = open(file);
    const upgraded = open(path.join(tempDir(), 'v24.sqlite'));
    const before = searchIndexWords(old);
    expect(before.length).toBeGreaterThan(40 * 4);

    expect(migrate(upgraded, loadMigrations(), 24)).toEqual([24]);
    expect(schemaVersion(upgraded)).toBe(24);
    expect(searchIndexWords(upgraded)).toEqual(before);

    writeThroughEveryTrigger(old);
    writeThroughEveryTrigger(upgraded);
    const after = searchIndexWords(old);
    expect(after).not.toEqual(before);
    expect(searchIndexWords(upgraded)).toEqual(after);
    const words = (word: string) => upgraded.prepare('SELECT DISTINCT doc FROM temp.search_words WHERE term = ? ORDER BY doc').pluck().all(word);
    const [employeeId, employerId] = upgraded
      .prepare("SELECT employee_id, employer_id FROM conventions WHERE number = '069-0709-69012-99999'")
      .raw()
      .get() as number[];
    const ofParty = (column: string, id: number) => upgraded.prepare(`SELECT id FROM conventions WHERE ${column} = ? ORDER BY id`).pluck().all(id);
    // The new convention and the one moved to the same parties, found with the others of the renamed employee and employer.
    expect(ofParty('employee_id', employeeId!)).toHaveLength(3);
    for (const word of ['zephyrin', 'aubrac']) expect(words(word)).toEqual(ofParty('employee_id', employeeId!));
    for (const word of ['tilleuls', '73282932000074']) expect(words(word)).toEqual(ofParty('employer_id', employerId!));
    expect(words('99998')).toHaveLength(1);
    old.close();
    upgraded.close();
  });

  it('drops the number index that repeated the UNIQUE constraint’s: the list sorted by number walks that one, in both directions', () => {
    const db = open(demoAt23('number.sqlite'));
    const indexes = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'conventions'").pluck().all();
    expect(indexes()).toContain('conventions_by_number');
    migrate(db, loadMigrations(), 24);
    expect(indexes()).not.toContain('conventions_by_number');
    expect(indexes()).toContain('sqlite_autoindex_conventions_1');
    expect(db.prepare("SELECT name FROM pragma_index_info('sqlite_autoindex_conventions_1')").pluck().all()).toEqual(['number']);
    for (const dir of ['asc', 'desc'] as const) {
      const expected = db.prepare(`SELECT id FROM conventions ORDER BY number ${dir}, id ${dir}`).pluck().all();
      const listed = [0, 15, 30].flatMap((offset) => listConventions(db, { sort: { by: 'number', dir }, limit: 15, offset }).items.map((c) => c.id));
      expect(listed).toEqual(expected);
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT id FROM conventions INDEXED BY sqlite_autoindex_conventions_1 ORDER BY number ${dir}, id ${dir} LIMIT 15`)
        .all()
        .map((row) => (row as { detail: string }).detail);
      expect(plan).toEqual(['SCAN conventions USING COVERING INDEX sqlite_autoindex_conventions_1']);
    }
    db.close();
  });
});
