/**
 * What the bulk-write helpers of electron/db (indexes and search entries made
 * at the end of a write) must leave as they found it: the schema, and on a
 * failure the rows too; the search index's words, and writes through each of
 * its triggers, for the tests of the migrations that change it.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { inTransaction } from '../../electron/db/connection';
import { bulkInsertConventions } from '../../electron/db/repositories/conventions/bulk';

/** Every table, index and trigger with its SQL, in name order. */
export function schemaRows(db: Database): unknown[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name').all();
}

/**
 * Every word of the full-text search index and where it is (convention, column, position; since migration 0025 the index
 * keeps no column nor position: null), read from the index itself (fts5vocab): a contentless index gives no text back,
 * and what a search finds would hide a word written twice.
 */
export function searchIndexWords(db: Database): unknown[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, convention_search, instance)');
  return db.prepare('SELECT term, doc, col, offset FROM temp.search_words ORDER BY doc, col, offset, term').raw().all();
}

/** A write of 50 conventions, run through `around` inside a transaction, that fails midway: the schema and the conventions as before. */
export function expectFailedWriteChangesNothing(db: Database, around: (work: () => void) => void): void {
  const before = schemaRows(db);
  expect(() =>
    inTransaction(db, () =>
      around(() => {
        bulkInsertConventions(db, { conventions: 50, employers: 2 });
        throw new Error('arrêt au milieu');
      }),
    ),
  ).toThrow('arrêt au milieu');
  expect(schemaRows(db)).toEqual(before);
  expect(db.prepare('SELECT count(*) FROM conventions').pluck().get()).toBe(0);
}

/**
 * The same writes through the search triggers (migrations 0024, 0025 compare them at two versions): every trigger of the
 * search runs at least once.
 */
export function writeThroughEverySearchTrigger(db: Database): void {
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
