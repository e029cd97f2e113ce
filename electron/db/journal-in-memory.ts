/**
 * A database file written whole before anyone opens it: a demo, generated
 * beside its target and renamed only once complete (generate.ts). Its pages
 * go straight into the file: no write-ahead log written, then copied into the
 * file at the checkpoint, and no sync at each step (issue #16: 400 MB for the
 * 200,000-convention demo). The rollback journal is kept in memory: a new
 * file's few pages that exist before the write (journal_mode OFF, which
 * SQLite's defensive mode refuses, would lose the rollback). The file is set
 * back to the app's journal (WAL) and synced once, before the caller renames
 * it; a crash meanwhile leaves a file nobody opens, which the caller deletes.
 */
import { fsyncPath } from './fsync-path';
import { REQUIRED_PRAGMAS, type Db } from './connection';

/** `work` (its own transaction) on `db`, the connection to `file`, its journal in memory; the file synced after. */
export function writeWithJournalInMemory<T>(db: Db, file: string, work: () => T): T {
  if (db.inTransaction) throw new Error("Le journal ne se change qu'en dehors d'une transaction.");
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  let result: T;
  try {
    result = work();
  } finally {
    // Also after a failure (its transaction rolled back): the connection as the app opens it.
    db.pragma(`journal_mode = ${REQUIRED_PRAGMAS.journal_mode}`);
    db.pragma(`synchronous = ${REQUIRED_PRAGMAS.synchronous}`);
  }
  fsyncPath(file);
  return result;
}
