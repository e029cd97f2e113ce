/**
 * Prepared statements, compiled once per connection and reused. SQL only
 * ever runs through these, with bound parameters.
 */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

const cache = new WeakMap<Database, Map<string, Statement>>();

export function prepared<P extends unknown[] | object = unknown[], R = unknown>(db: Database, sql: string): Statement<P, R> {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as unknown as Statement<P, R>;
}

/** `%text%` for LIKE, with the LIKE wildcards of the user's text escaped (used with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The `VALUES` rows of an INSERT of `rows` rows of `columns` values each: `(?, ?), (?, ?)`. */
export function valuesRows(rows: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => row).join(', ');
}
