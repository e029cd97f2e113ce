/**
 * What the bulk-write helpers of electron/db (indexes and search entries made
 * at the end of a write) must leave as they found it: the schema, and on a
 * failure the rows too; and what the migration tests read of the storage
 * (the search index's words, the bytes a table or an index takes).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { inTransaction } from '../../electron/db/connection';
import { bulkInsertConventions } from '../../electron/db/repositories/conventions/bulk';

/** Every table, index and trigger with its SQL, in name order. */
export function schemaRows(db: Database): unknown[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name').all();
}

/** The bytes of the pages a table or an index takes (dbstat): what a migration that makes it smaller is measured by. */
export function storedBytes(db: Database, name: string): number {
  return db.prepare('SELECT sum(pgsize) FROM dbstat WHERE aggregate = 1 AND name = ?').pluck().get(name) as number;
}

/**
 * Every word of the full-text search index and where it is (convention, column, position), read from the index itself
 * (fts5vocab): a contentless index gives no text back, and what a search finds would hide a word written twice.
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
