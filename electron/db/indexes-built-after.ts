/**
 * A bulk write with some tables' indexes built once at its end rather than
 * entry by entry during it: each row written into a table with many indexes
 * (the conventions have thirteen, for the list's sorts and filters) updates
 * every one of them at a place of its own, and past the page cache each
 * update reads and writes pages in no order. Built at the end, each index is
 * one sorted pass.
 * Runs inside the caller's transaction: the indexes come back, the same as
 * the schema made them, in the same commit, or nothing changes.
 */
import { prepared } from './statements';
import type { Db } from './connection';
import { withSchemaObjectsDropped } from './schema-objects-dropped';

/** `work` with the indexes of `tables` that the schema created (not those of their UNIQUE or PRIMARY KEY constraints) dropped meanwhile. */
export function withIndexesBuiltAfter<T>(db: Db, tables: readonly string[], work: () => T): T {
  if (!db.inTransaction) throw new Error("Les index ne se reconstruisent qu'à l'intérieur d'une transaction.");
  // A constraint's index has no SQL of its own: it is neither dropped nor made again.
  const names = prepared<[string], string>(
    db,
    `SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name`,
  )
    .pluck()
    .all(JSON.stringify(tables));
  return withSchemaObjectsDropped(db, 'index', names, work);
}
