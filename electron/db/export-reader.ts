/**
 * The connection an export reads on, in a worker thread of its own
 * (electron/exports/csv-worker.ts): read-only, on the workspace file the app
 * has open (openReadConnection), with a page cache of its own, smaller than
 * the app's 64 MB: the export of 200,000 conventions must stay under 200 MB
 * (issue #16). 16 MB rather than 8: the export walks the conventions in the
 * list's order, each row's page, employee and employer looked up where they
 * are; with 8 MB it read the same pages again and again (50,000 conventions:
 * 0.96 → 0.66–0.82 s; 200,000: 171 → 178–185 MB at most; docs/performance.md).
 */
import { openReadConnection, type Db, type OpenOptions } from './connection';

const EXPORT_CACHE_KIB = 16_384;

export function openExportReader(file: string, options: OpenOptions): Db {
  const db = openReadConnection(file, options);
  db.pragma(`cache_size = -${EXPORT_CACHE_KIB}`);
  return db;
}
