/**
 * Encryption at rest (issue #15). SQLite3MultipleCiphers, through
 * better-sqlite3-multiple-ciphers, in its SQLCipher 4 scheme (AES-256-CBC,
 * HMAC-SHA512 per page, PBKDF2-HMAC-SHA512 with 256,000 iterations and a
 * random salt kept in the file's first 16 bytes). Every page of the database
 * and of its write-ahead log is encrypted; `VACUUM INTO` copies (backups) are
 * encrypted with the same passphrase. The passphrase alone opens a file or any
 * of its backups, on any computer: no key file to lose beside it.
 *
 * A file whose first bytes are not SQLite's clear header, whose size is a
 * whole number of pages and whose first page looks random is taken as
 * encrypted (or damaged: the wrong-passphrase refusal says both).
 */
import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';

const CLEAR_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** How a database file is stored: absent (or empty, not yet written), clear, encrypted, or something else (not a database). */
export type FileEncryption = 'new' | 'clear' | 'encrypted' | 'other';

/** Pages are at least 512 bytes, a power of two: an encrypted database is a whole number of them. */
const MIN_PAGE = 512;

export function fileEncryption(file: string): FileEncryption {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return 'new';
  }
  try {
    const head = Buffer.alloc(CLEAR_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'new';
    if (read === head.length && head.equals(CLEAR_HEADER)) return 'clear';
    const size = fs.fstatSync(fd).size;
    if (size < MIN_PAGE || size % MIN_PAGE !== 0) return 'other';
    const page = Buffer.alloc(MIN_PAGE);
    fs.readSync(fd, page, 0, MIN_PAGE, 0);
    return looksRandom(page) ? 'encrypted' : 'other';
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Ciphertext is indistinguishable from random bytes: 512 of them take about
 * 221 distinct values (256 × (1 − (255/256)^512)); text or a damaged header
 * takes far fewer. Below 160, the file is not an encrypted database.
 */
function looksRandom(page: Buffer): boolean {
  return new Set(page).size >= 160;
}

/**
 * Keys the connection before its first read. The passphrase is passed as hex
 * (`hexkey`) so no character of it needs quoting in the PRAGMA; SQLCipher's
 * key derivation runs on its UTF-8 bytes as for `PRAGMA key`.
 */
export function applyPassphrase(db: Database, passphrase: string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`hexkey = '${Buffer.from(passphrase, 'utf8').toString('hex')}'`);
}

/**
 * Encrypts a clear database with the passphrase, in place (`PRAGMA hexrekey`
 * rewrites every page). SQLite3MultipleCiphers cannot rekey a database in WAL
 * mode: the caller has put it in rollback-journal mode.
 */
export function encryptInPlace(db: Database, passphrase: string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`hexrekey = '${Buffer.from(passphrase, 'utf8').toString('hex')}'`);
}

/** Encrypts a clear database open in WAL mode: its log written back, rollback-journal mode for the rekey, WAL again. */
export function encryptWalDatabase(db: Database, passphrase: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  encryptInPlace(db, passphrase);
  db.pragma('journal_mode = WAL');
}
