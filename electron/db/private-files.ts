/**
 * The data folder holds personal data (NIR, bank details): every file the app
 * creates there is readable by its owner only (0600), every folder 0700.
 * Explicit modes on each mkdir and open rather than a process-wide umask: a
 * umask cannot be set from a worker thread, and would also change files the
 * user asks for elsewhere. Permission bits do not exist on Windows, where the
 * per-user profile folder already keeps other accounts out.
 */
import fs from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/** Creates `dir` and any missing parent, each new folder 0700 (an existing folder is left as it is). */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Makes sure `file` exists with mode 0600 before a library (SQLite) opens it:
 * SQLite creates a new database 0644 and gives its -wal and -shm files the
 * database's mode. A file left readable by others by an earlier version is
 * tightened, its -wal and -shm with it.
 */
export function preparePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) tightenFileMode(f);
}

function tightenFileMode(file: string): void {
  if (process.platform === 'win32') return;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return;
  }
  if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) fs.chmodSync(file, PRIVATE_FILE_MODE);
}
