/**
 * A database the app closed cleanly, untouched since, is not read whole again
 * at the next opening: `PRAGMA quick_check` reads every page (7 s on a
 * workspace of 200,000 conventions, most of the start time; issue #16).
 *
 * Closing cleanly empties the WAL into the file, closes, and writes beside the
 * file its size and modification time (`cae.sqlite.ferme`, 0600, nothing
 * else). Opening takes the stamp away first; when the file still has that size
 * and time and no WAL is left, the check is skipped. Anything else — a crash
 * (no stamp), another program or a restore writing the file, a WAL left —
 * means the full check, as before. The whole file is still checked by each
 * automatic backup (integrity_check of the copy) and by `cae verify`.
 */
import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';

interface Stamp {
  size: number;
  mtimeMs: number;
}

const stampPath = (file: string) => `${file}.ferme`;

function walLeft(file: string): boolean {
  const wal = `${file}-wal`;
  return fs.existsSync(wal) && fs.statSync(wal).size > 0;
}

/** Checkpoints, closes, and stamps the file as closed cleanly (only a file database, when the WAL was emptied). */
export function closeCleanly(db: Database): void {
  const file = db.name;
  const onDisk = db.open && !db.memory && !db.readonly;
  try {
    if (onDisk) db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  if (onDisk) stampClosed(file);
}

/** Stamps a file closed with its WAL emptied (nothing when a WAL is left). */
export function stampClosed(file: string): void {
  if (!fs.existsSync(file) || walLeft(file)) return;
  const { size, mtimeMs } = fs.statSync(file);
  fs.rmSync(stampPath(file), { force: true });
  fs.writeFileSync(stampPath(file), JSON.stringify({ size, mtimeMs } satisfies Stamp), { mode: 0o600 });
}

/** Whether the file was closed cleanly and is unchanged since; the stamp is taken away either way (a crash before the next clean close leaves none). */
export function takeCleanCloseStamp(file: string): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampPath(file), 'utf8')) as Stamp;
  } catch {
    return false;
  } finally {
    fs.rmSync(stampPath(file), { force: true });
  }
  if (!fs.existsSync(file) || walLeft(file)) return false;
  const { size, mtimeMs } = fs.statSync(file);
  return size === stamp.size && mtimeMs === stamp.mtimeMs;
}
