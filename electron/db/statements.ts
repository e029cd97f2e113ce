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

/**
 * What any write changes, as one value: this connection's changes (`total_changes()`, which a rollback does not take
 * back) and other connections' commits (`PRAGMA data_version`). Whatever was read under one value may be kept while it
 * stays the same (list-anchors.ts, versions/document-parts.ts).
 */
export function writeState(db: Database): string {
  const changes = prepared<[], number>(db, 'SELECT total_changes()').pluck().get()!;
  const version = prepared<[], number>(db, 'PRAGMA data_version').pluck().get()!;
  return `${changes}:${version}`;
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

/**
 * The SQL text of a statement written for a number of rows (`build(valuesRows(rows, columns))`), made once per number:
 * the same string each time, which `prepared` finds without reading it again. Built at each run, the texts of the
 * demo's schedules and status changes (3 million runs at 200,000 conventions) were 3 % of its drafting (issue #16).
 */
export function sqlByRowCount(columns: number, build: (values: string) => string): (rows: number) => string {
  const texts = new Map<number, string>();
  return (rows) => {
    let sql = texts.get(rows);
    if (sql === undefined) {
      sql = build(valuesRows(rows, columns));
      texts.set(rows, sql);
    }
    return sql;
  };
}
