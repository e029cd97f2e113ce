/**
 * What SQLite plans for the statements an app function prepares: the
 * statements are captured by wrapping `prepare` of the connection, then each
 * is explained (EXPLAIN QUERY PLAN, its named parameters bound to null).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface PlanLine {
  id: number;
  parent: number;
  detail: string;
}

/** Every SQL text `db.prepare` receives while `run` runs (statements cached before are not seen: use a fresh connection). */
export function captureStatements(db: Database, run: () => void): string[] {
  const original = db.prepare;
  const seen = new Set<string>();
  db.prepare = ((sql: string) => {
    seen.add(sql);
    return original.call(db, sql);
  }) as typeof db.prepare;
  try {
    run();
  } finally {
    db.prepare = original;
  }
  return [...seen];
}

export function queryPlan(db: Database, sql: string): PlanLine[] {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
  const positional = (sql.match(/\?/g) ?? []).length;
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const args: unknown[] = names.length ? [Object.fromEntries(names.map((n) => [n, null]))] : Array.from({ length: positional }, () => null);
  return statement.all(...args) as PlanLine[];
}

/** The tables a full scan would read whole: every one that grows with the conventions. */
const BIG_TABLES = ['conventions', 'convention_versions', 'aid_payments', 'employees', 'employers', 'contract_events', 'exchange_lot_lines', 'audit_log'];

/**
 * A line of the plan that reads a big table whole, row by row: `SCAN <table>`
 * with no index (its alias included), as opposed to `SCAN … USING INDEX`,
 * `SEARCH …` or the scan of a window or a virtual table.
 */
export function fullScans(db: Database, sql: string): string[] {
  const aliases = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const alias = m[2] && !/^(WHERE|JOIN|ON|INDEXED|NOT|LEFT|CROSS|INNER|GROUP|ORDER|LIMIT|USING|WITH)$/i.test(m[2]) ? m[2] : m[1]!;
    aliases.set(alias, m[1]!);
  }
  return queryPlan(db, sql)
    .map((line) => line.detail)
    .filter((detail) => {
      const m = /^SCAN (\w+)$/.exec(detail);
      return m !== null && BIG_TABLES.includes(aliases.get(m[1]!) ?? m[1]!);
    });
}
