/** File names, instants and durable writes of the exchange files (their clock: app/context.ts, `fileInstant`). */
import fs from 'node:fs';
import path from 'node:path';
import type { FileKind } from './schemas';

/** Where the app (not the CLI, which takes --to DIR) writes the files it sends, in the workspace's folder. */
export const OUTBOX_FOLDER = 'envois';

const PREFIX: Record<FileKind, string> = { 'outbound-lot': 'LOT', 'return-file': 'RET', 'convention-package': 'PKG' };

/** `LOT_69012_000007_20090615T080000Z.json`: kind, emitter, sequence, creation time. */
export function exchangeFileName(kind: FileKind, emitter: string, sequence: number, createdAt: string): string {
  return `${PREFIX[kind]}_${emitter}_${String(sequence).padStart(6, '0')}_${createdAt.replace(/[-:]/g, '')}.json`;
}

/** `2009-06-15T08:00:00Z`. */
export function isoSeconds(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Writes `data` to a temporary name beside `file`, flushes it to disk, renames
 * it, then flushes the folder: a reader sees the whole file or none of it.
 * `mode` (e.g. 0o600 for a file of personal data) applies where the system has
 * permission bits.
 */
export function writeFileDurably(file: string, data: string | Uint8Array, mode = 0o666): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.rmSync(temp, { force: true });
    const fd = fs.openSync(temp, 'w', mode);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
  syncDir(dir);
}

function syncDir(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync on Windows
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
