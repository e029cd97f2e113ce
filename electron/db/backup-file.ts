/**
 * The SQL of backups: a consistent copy of the open database written with
 * `VACUUM INTO`, and the checks a copy passes before it is kept or restored
 * (an SQLite database of the app, `integrity_check` ok, a schema this version
 * knows). Every refusal is one French sentence.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/api/result';
import { applyPassphrase, encryptInPlace, fileEncryption } from './encryption';
import { loadMigrations, schemaVersion, type Migration } from './migrate';
import { selectNativeBinding } from './native-binding';

type Db = Database.Database;
/** How the copy is opened: the same as `OpenOptions` of connection.ts. */
interface CopyOptions {
  migrations?: Migration[];
  projectRoot?: string;
  packaged?: boolean;
  /** The workspace's passphrase: an encrypted copy is opened with it, a clear copy is encrypted with it before it is used. */
  passphrase?: string | undefined;
}

/** The folder of the backups, beside the database they copy. */
export const BACKUP_FOLDER = 'sauvegardes';

/** Writes a consistent snapshot of `db` into `target`, an empty file (created 0600 by the caller) or a name that does not exist. */
export function vacuumInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/** A SHA-256 of every row of every table but the audit log, in a stable order: two databases with the same content have the same hash. */
export function contentHash(db: Db, skip: readonly string[] = ['audit_log']): string {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((t) => t.name)
    .filter((name) => !skip.includes(name) && !/_(data|idx|docsize|config|content)$/.test(name));
  const parts = tables.map(
    (name) =>
      `${name}:${JSON.stringify(
        db
          .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY 1`)
          .raw()
          .all(),
      )}`,
  );
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

function openCopy(file: string, options: CopyOptions): Db {
  const nativeBinding = selectNativeBinding({
    electronVersion: process.versions.electron,
    packaged: options.packaged ?? false,
    projectRoot: options.projectRoot ?? process.cwd(),
    exists: fs.existsSync,
  });
  return new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

/** Who the copy is in a refusal (« Le fichier x.sqlite ») and what the refusal means (« rien n'a été restauré »). */
export interface CopyWording {
  label: string;
  consequence: string;
}

function refusal(wording: CopyWording, reason: string): AppError {
  return new AppError('INVALID_INPUT', `${wording.label} ${reason} : ${wording.consequence}.`);
}

/** Throws the refusal of a copy that is not a database of the app, is damaged, or comes from a newer version. */
function checkOpenCopy(db: Db, label: CopyWording, known: number): number {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw refusal(label, `est endommagé (vérification d'intégrité : ${String(integrity)})`);
  const hasWorkspace = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workspace'").get() !== undefined;
  const version = schemaVersion(db);
  if (!hasWorkspace || version < 1) throw refusal(label, "n'est pas une base de données de l'application");
  if (version > known) {
    throw refusal(label, `vient d'une version plus récente de l'application (schéma ${version}, cette version connaît le schéma ${known})`);
  }
  return version;
}

/**
 * Checks a copy of a database (ours: the caller copied it first, so it may be
 * written) and leaves it in rollback-journal mode, a single self-contained
 * file. Returns its schema version.
 */
export function checkDatabaseCopy(file: string, label: CopyWording, options: CopyOptions = {}): number {
  const known = (options.migrations ?? loadMigrations()).length;
  let db: Db | undefined;
  try {
    const stored = fileEncryption(file);
    if (stored === 'encrypted' && options.passphrase === undefined)
      throw refusal(label, 'est chiffré : il faut la phrase secrète de l’espace de travail qui l’a écrit');
    db = openCopy(file, options);
    if (stored === 'encrypted') applyPassphrase(db, options.passphrase!);
    const version = checkOpenCopy(db, label, known);
    db.pragma('journal_mode = DELETE');
    if (stored === 'clear' && options.passphrase !== undefined) encryptInPlace(db, options.passphrase);
    return version;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' && fileEncryption(file) === 'encrypted') {
      throw refusal(label, 'ne s’ouvre pas avec la phrase secrète de cet espace de travail (autre phrase secrète, ou fichier endommagé)');
    }
    if (code === 'SQLITE_NOTADB') throw refusal(label, "n'est pas une base de données SQLite");
    if (code === 'SQLITE_CORRUPT') throw refusal(label, 'est endommagé (illisible par SQLite)');
    throw error;
  } finally {
    db?.close();
  }
}
