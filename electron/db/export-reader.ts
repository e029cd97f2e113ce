/**
 * The connection an export reads on, in a worker thread of its own
 * (electron/exports/csv-worker.ts): read-only, on the workspace file the app
 * has open (openReadConnection), with a small page cache. The export reads
 * the conventions once, in the list's order: the app's 64 MB of cache would
 * only hold pages it does not read again, and the export of 200,000
 * conventions must stay under 200 MB (issue #16).
 */
import { openReadConnection, type Db, type OpenOptions } from './connection';

const EXPORT_CACHE_KIB = 8192;

export function openExportReader(file: string, options: OpenOptions): Db {
  const db = openReadConnection(file, options);
  db.pragma(`cache_size = -${EXPORT_CACHE_KIB}`);
  return db;
}
