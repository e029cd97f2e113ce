/**
 * Opens the workspace database: pragmas set then read back, integrity
 * checked, schema migrated. Nothing is written to a database that comes from
 * a newer version of the app or fails its integrity check.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { takeCleanCloseStamp } from './clean-close';
import { AppError } from '../../shared/api/result';
import { BACKUP_FOLDER } from './backup-file';
import { applyPassphrase, fileEncryption } from './encryption';
import { assertNotNewer, loadMigrations, migrate, schemaVersion, type Migration } from './migrate';
import { selectNativeBinding } from './native-binding';
import { assertLocalFolder } from './network-share';
import { refreshNirDigests } from './nir-digest';
import { registerPackFunction } from './repositories/versions/packing';
import { makePrivateDir, preparePrivateFile } from './private-files';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: Migration[];
  /** Project root, to find the Electron-ABI binding when running inside unpackaged Electron. */
  projectRoot?: string;
  packaged?: boolean;
  /**
   * The workspace's passphrase: a new file is created encrypted with it, an
   * encrypted file is opened with it (a clear file, from before encryption,
   * opens as it is). Without it an encrypted file is refused (WORKSPACE_LOCKED).
   */
  passphrase?: string | undefined;
  /**
   * Told, before they run, that an existing database is brought to this app's
   * schema: some migrations rewrite a table (0018, 0020: seconds for a
   * workspace of 200,000 conventions), and whoever waits is told why.
   */
  onUpgrade?: ((from: number, to: number) => void) | undefined;
}

/** The pragmas every connection runs with, and the value each must read back. */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a committed transaction survives a power cut
  foreign_keys: 1,
  busy_timeout: 5000,
  trusted_schema: 0,
  // Sorts and temporary tables stay in memory: no clear temporary file of an encrypted database in the system's temp folder.
  temp_store: 2,
  // 64 MB of page cache (SQLite's default is 2 MB): the list's covering indexes of 200,000 conventions (~13 MB each)
  // stay in memory instead of being read, and decrypted, again at each window (issue #16, docs/performance.md).
  cache_size: -65536,
} as const;

/** The native SQLite module for this runtime (Node or Electron, packaged or not). */
function nativeBindingFor(options: OpenOptions) {
  return selectNativeBinding({
    electronVersion: process.versions.electron,
    packaged: options.packaged ?? false,
    projectRoot: options.projectRoot ?? process.cwd(),
    exists: fs.existsSync,
  });
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const nativeBinding = nativeBindingFor(options);
  assertLocalFolder(path.dirname(file));
  makePrivateDir(path.dirname(file));
  const stored = fileEncryption(file);
  if (stored === 'encrypted' && options.passphrase === undefined) throw lockedError(file);
  const closedCleanly = takeCleanCloseStamp(file);
  preparePrivateFile(file);
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  const keyed = options.passphrase !== undefined && (stored === 'new' || stored === 'encrypted');
  try {
    if (keyed) applyPassphrase(db, options.passphrase!);
    const migrations = options.migrations ?? loadMigrations();
    db.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`);
    // Read-only checks first: a newer or damaged file is refused untouched.
    assertNotNewer(db, migrations);
    if (!closedCleanly) assertIntegrity(db, file);
    db.pragma(`journal_mode = ${REQUIRED_PRAGMAS.journal_mode}`);
    db.pragma(`synchronous = ${REQUIRED_PRAGMAS.synchronous}`);
    db.pragma(`foreign_keys = ${REQUIRED_PRAGMAS.foreign_keys}`);
    db.pragma(`trusted_schema = ${REQUIRED_PRAGMAS.trusted_schema}`);
    db.pragma(`temp_store = ${REQUIRED_PRAGMAS.temp_store}`);
    db.pragma(`cache_size = ${REQUIRED_PRAGMAS.cache_size}`);
    assertPragmas(db);
    // The versions' writes pack their documents in SQL (packing.ts).
    registerPackFunction(db);
    const from = schemaVersion(db);
    if (from > 0 && from < migrations.length) options.onUpgrade?.(from, migrations.length);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    if (keyed && stored === 'encrypted' && isCorruptionError(error)) throw wrongPassphraseError(file);
    if (isCorruptionError(error)) throw corruptError(file, (error as Error).message);
    throw error;
  }
}

/**
 * A second, read-only connection to a database another connection has opened
 * (and checked, migrated) already: long reads (an export of 200,000 lines)
 * run on it in slices, the app's connection staying free for other requests
 * meanwhile. Its own read transaction gives it a consistent snapshot (WAL).
 */
export function openReadConnection(file: string, options: OpenOptions = {}): Db {
  const nativeBinding = nativeBindingFor(options);
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (options.passphrase !== undefined && fileEncryption(file) === 'encrypted') applyPassphrase(db, options.passphrase);
    for (const name of ['busy_timeout', 'trusted_schema', 'temp_store', 'cache_size'] as const) db.pragma(`${name} = ${REQUIRED_PRAGMAS[name]}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function lockedError(file: string): AppError {
  return new AppError('WORKSPACE_LOCKED', `La base de données ${file} est chiffrée : donnez sa phrase secrète pour l'ouvrir.`);
}

function wrongPassphraseError(file: string): AppError {
  return new AppError(
    'WRONG_PASSPHRASE',
    `Phrase secrète incorrecte pour ${file} (ou fichier endommagé) : la base n'a pas été ouverte. Vérifiez les majuscules, les accents et les espaces.`,
  );
}

function corruptError(file: string, detail: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `La base de données ${file} est endommagée ou n'est pas une base de l'application (${detail}). ` +
      `Elle n'a pas été modifiée. Restaurez la dernière sauvegarde, dans ${path.join(path.dirname(file), BACKUP_FOLDER)}, ` +
      `avec « cae restore FICHIER --data-dir ${path.dirname(file)} », ou copiez ce fichier et contactez le support.`,
  );
}

export function assertPragmas(db: Db): void {
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new Error(`PRAGMA ${name} vaut ${String(actual)} au lieu de ${String(expected)}`);
    }
  }
}

function assertIntegrity(db: Db, file: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw corruptError(file, `vérification d'intégrité : ${String(result)}`);
}

/**
 * Runs `fn` in one transaction: every write path of the app goes through here.
 * `BEGIN IMMEDIATE`: the write lock is taken at the start, waiting up to
 * busy_timeout for another process's write to end, so a transaction that
 * reads then writes never fails with SQLITE_BUSY half-way (a deferred one
 * cannot wait once it has read). Past the timeout, a French refusal.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  try {
    return db
      .transaction(() => {
        const result = fn();
        refreshNirDigests(db); // what a trigger cannot compute, in the same transaction (nir-digest.ts)
        return result;
      })
      .immediate();
  } catch (error) {
    if (isBusyError(error)) throw busyError(db);
    throw error;
  }
}

/**
 * `fn` in the write transaction already open around it, or in a new one
 * (inTransaction). better-sqlite3 would nest a SAVEPOINT, and SQLite copies
 * each page a savepoint changes into its sub-journal: 100,000 payments of a
 * return file recorded inside one took 9 minutes instead of 3 seconds, each
 * update slower than the one before (issue #16, docs/performance.md).
 */
export function inOpenTransaction<T>(db: Db, fn: () => T): T {
  return db.inTransaction ? fn() : inTransaction(db, fn);
}

/** Runs `fn` on one consistent snapshot, without taking the write lock: for reads that span several queries. */
export function inReadTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).deferred();
}

function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function busyError(db: Db): AppError {
  return new AppError(
    'CONFLICT',
    `La base de données ${db.name} est occupée par un autre programme depuis plus de ${REQUIRED_PRAGMAS.busy_timeout / 1000} secondes : ` +
      `rien n’a été modifié. Réessayez quand il aura fini.`,
  );
}

/** Writes the write-ahead log back into the database file and empties it: the file alone then holds everything. */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** What `PRAGMA integrity_check` finds wrong in the database (none when it says « ok »). */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}
