/**
 * A file, or a folder, forced to the disk: what was written to it survives a
 * power cut. A folder is flushed after a file is created or renamed in it (its
 * entry). Windows cannot open a folder for that: skipped there (NTFS journals
 * its entries).
 */
import fs from 'node:fs';

/** `flags`: 'r+' for a file, 'r' for a folder. */
export function fsyncPath(file: string, flags: 'r+' | 'r' = 'r+'): void {
  if (process.platform === 'win32' && flags === 'r') return;
  const fd = fs.openSync(file, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
