/** Test helpers: a demo agency workspace in a temp data folder, and table dumps to prove nothing changed. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { demoDatabasePath } from '../../electron/app/data-dir';
import { generateDemoWorkspace } from '../../electron/app/demo/generate';
import { openDatabase } from '../../electron/db/connection';
import { tableRows } from './table-rows';

/** The demo agency (30 conventions) in `dataDir`; `fresh` forgets the demo's lots, as if nothing had ever been sent. */
export function demoAgency(dataDir: string, fresh = true): string {
  const file = demoDatabasePath(dataDir, 'agence');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  generateDemoWorkspace({ file, role: 'agence', conventions: 30, seed: 1 });
  if (fresh) withDb(file, (db) => db.exec('DELETE FROM exchange_lot_lines; DELETE FROM exchange_lots;'));
  return file;
}

export function withDb<T>(file: string, fn: (db: Database) => T): T {
  const db = openDatabase(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Every table an import (return file or convention package) or an export may write. */
const WRITTEN_TABLES = [
  'exchange_lots',
  'exchange_lot_lines',
  'aid_payments',
  'received_payments',
  'conventions',
  'convention_versions',
  'contract_events',
  'employers',
  'employees',
  'status_changes',
  'actors',
  'denunciations',
  'audit_log',
] as const;

/** Every row of those tables, to prove that nothing changed. */
export function dumpTables(file: string): string {
  return withDb(file, (db) => WRITTEN_TABLES.map((t) => JSON.stringify(tableRows(db, t))).join('\n'));
}
