/** File names, instants and durable writes of the exchange files (their clock: app/context.ts, `fileInstant`). */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_MAX_BYTES } from '../../shared/api/exchanges-contract';
import { fsyncPath } from '../db/fsync-path';
import { PRIVATE_FILE_MODE } from '../db/private-files';
import type { FileKind } from './schemas';
import { sharedBytes } from './shared-bytes';

/** Where the app (not the CLI, which takes --to DIR) writes the files it sends, in the workspace's folder. */
export const OUTBOX_FOLDER = 'envois';
/** Where a refused file is kept with its report, beside the database. */
export const QUARANTINE_FOLDER = 'quarantaine';
/** The suffix of a file kept sealed with the workspace's passphrase (db/sealed-file.ts). */
export const SEALED_SUFFIX = '.chiffre';

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
 * `mode` (0600 by default: the files hold personal data) applies where the
 * system has permission bits.
 */
export function writeFileDurably(file: string, data: string | Uint8Array, mode = PRIVATE_FILE_MODE): void {
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
  fsyncPath(dir, 'r');
}

/** The longest file name (in UTF-8 bytes) the usual file systems take. */
const MAX_FILE_NAME_BYTES = 255;

function notRegular(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'c’est un dossier, pas un fichier';
  if (stat.isFIFO()) return 'c’est un tube nommé (FIFO), pas un fichier : il pourrait ne jamais finir';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'c’est un périphérique, pas un fichier : il pourrait ne jamais finir';
  return 'ce n’est pas un fichier ordinaire';
}

function openError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'fichier introuvable';
  if (code === 'EISDIR') return 'c’est un dossier, pas un fichier';
  if (code === 'ENAMETOOLONG') return `nom trop long (${MAX_FILE_NAME_BYTES} octets au plus)`;
  if (code === 'EACCES' || code === 'EPERM') return 'lecture interdite (droits du fichier)';
  return 'lecture impossible';
}

/**
 * An exchange file to import, read with bounds: only a regular file (a FIFO,
 * a device or a folder is refused without reading, and opening never waits
 * for a writer), and only if it holds at most IMPORT_MAX_BYTES — the same cap
 * as the Échanges screen. The reason of a refusal is in French.
 */
export function readInputFile(file: string): { bytes: Uint8Array } | { error: string } {
  if (Buffer.byteLength(path.basename(file)) > MAX_FILE_NAME_BYTES) return { error: `nom trop long (${MAX_FILE_NAME_BYTES} octets au plus)` };
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { error: openError(e) };
  }
  try {
    const stat = fs.fstatSync(fd);
    const kind = notRegular(stat);
    if (kind) return { error: kind };
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
    if (stat.size > IMPORT_MAX_BYTES) return { error: `fichier trop volumineux (${mb(stat.size)}, ${IMPORT_MAX_BYTES / 1024 / 1024} Mo au plus)` };
    // One byte more than announced: a file that grows while it is read is refused, never read without end. Shared: the
    // thread that checks a large file reads them in place (shared-bytes.ts).
    const buffer = sharedBytes(stat.size + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      length += n;
      if (n === 0 || length === buffer.length) break;
    }
    if (length > stat.size) return { error: 'le fichier change pendant sa lecture : réessayez quand il est complet' };
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (e) {
    return { error: openError(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** `.LOT_69012_000007_20090615T080000Z.json.4242.tmp`: what writeFileDurably leaves when its process is killed. */
const TEMPORARY = /^\..+\.(\d+)\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes from `dir` the temporary files of writeFileDurably whose process is
 * gone (killed before its rename); a live process's are left to it. Returns
 * the names removed; a folder that does not exist or cannot be read is skipped.
 */
export function removeStaleTemporaries(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = name.match(TEMPORARY)?.[1];
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Left for the next start: cleaning must never stop the app.
    }
  }
  return removed;
}
