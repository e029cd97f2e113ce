/**
 * Every row of a table in a stable order, for the dumps that prove a refused
 * write changed nothing: by rowid, or by primary key for a table WITHOUT
 * ROWID (aid_payments since migration 0018), which has no rowid to order by.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

export function tableRows(db: Database, table: string): unknown[] {
  const withoutRowid = db.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').pluck().get(table) === 1;
  const key = withoutRowid ? (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[]).join(', ') : 'rowid';
  return db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all();
}
