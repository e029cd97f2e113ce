/**
 * Backups of a workspace database, in `sauvegardes/` beside it (folder 0700,
 * files 0600): a consistent copy written with `VACUUM INTO`, checked with
 * `integrity_check` before it takes its final name, the oldest removed beyond
 * the number to keep (a setting, 10 by default). A restore copies the chosen
 * file, checks the copy (a database of the app, intact, not from a newer
 * version), keeps the current database aside as
 * `cae.avant-restauration-<date>.sqlite` and only then puts the copy in its
 * place. Backups and restores are written to the audit log.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { BACKUP_KEEP_RANGE } from '../../shared/api/backups-contract';
import { AppError } from '../../shared/api/result';
import { BACKUP_FOLDER, checkDatabaseCopy, vacuumInto } from '../db/backup-file';
import { inTransaction, type OpenOptions } from '../db/connection';
import { fsyncPath } from '../db/fsync-path';
import { makePrivateDir } from '../db/private-files';
import { appendAudit } from '../db/repositories/audit';
import { getSetting, getWorkspace, putSetting } from '../db/repositories/workspace';
import { workspaceActor } from '../db/repositories/accounts';
import { removeStaleTemporaries } from '../sync/files';

const DEFAULT_BACKUP_KEEP = 10;
const KEEP_SETTING = 'backups.keep';

type BackupKind = 'auto' | 'manuelle';
export interface BackupEntry {
  name: string;
  kind: BackupKind;
  /** Local date and time of the backup, `YYYY-MM-DDTHH:MM:SS`. */
  createdAt: string;
  bytes: number;
}

/** `cae-2026-12-04-161422-manuelle.sqlite` (a second backup in the same second: `cae-2026-12-04-161422-2-manuelle.sqlite`). */
const BACKUP_NAME = /^cae-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-(auto|manuelle)\.sqlite$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date and time of an instant, as `2026-12-04-161422`. */
function backupStamp(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

export function backupDir(workspaceFolder: string): string {
  return path.join(workspaceFolder, BACKUP_FOLDER);
}

function parseName(name: string): { entry: Omit<BackupEntry, 'bytes'>; sequence: number } | undefined {
  const m = name.match(BACKUP_NAME);
  if (!m) return undefined;
  return { entry: { name, kind: m[6] as BackupKind, createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}` }, sequence: Number(m[5] ?? 1) };
}

/** The backups of the folder, newest first; other files are ignored. */
export function listBackups(workspaceFolder: string): BackupEntry[] {
  const dir = backupDir(workspaceFolder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => parseName(name))
    .filter((parsed) => parsed !== undefined)
    .sort((a, b) => b.entry.createdAt.localeCompare(a.entry.createdAt) || b.sequence - a.sequence)
    .map(({ entry }) => ({ ...entry, bytes: fs.statSync(path.join(dir, entry.name)).size }));
}

export function backupKeep(db: Database): number {
  const value = getSetting<number>(db, KEEP_SETTING);
  return Number.isInteger(value) && value! >= BACKUP_KEEP_RANGE.min ? value! : DEFAULT_BACKUP_KEEP;
}

export function saveBackupKeep(db: Database, keep: number, now: string): void {
  inTransaction(db, () => {
    const before = backupKeep(db);
    putSetting(db, KEEP_SETTING, keep);
    appendAudit(db, { at: now, actor: actor(db), action: 'settings.backups', entity: 'settings', details: { before, after: keep } });
  });
}

const actor = (db: Database) => workspaceActor(db);

/** The folder private to its owner, even when it existed before (0700). */
function privateFolder(dir: string): void {
  makePrivateDir(dir);
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
}

function freeName(dir: string, stamp: string, kind: BackupKind): string {
  for (let n = 1; ; n++) {
    const name = `cae-${stamp}${n === 1 ? '' : `-${n}`}-${kind}.sqlite`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

/** A new, empty file only its owner may read: `VACUUM INTO` and the restore copy write into it. */
function privateEmptyFile(file: string): void {
  fs.rmSync(file, { force: true });
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
}

/** Removes the oldest backups beyond `keep`; the one just made (`made`) is kept, even beside another of the same second. */
function removeBeyond(workspaceFolder: string, keep: number, made: string): string[] {
  const removed = listBackups(workspaceFolder)
    .filter((b) => b.name !== made)
    .slice(keep - 1);
  for (const b of removed) fs.rmSync(path.join(backupDir(workspaceFolder), b.name), { force: true });
  return removed.map((b) => b.name);
}

export interface BackupOptions {
  kind: BackupKind;
  at: Date;
  /** The instant written in the audit log. */
  now: string;
  openOptions?: OpenOptions;
}

/** Backs up the open database of `workspaceFolder`, checks the copy, keeps it, removes the oldest beyond the number to keep. */
export function createBackup(db: Database, workspaceFolder: string, options: BackupOptions): BackupEntry {
  const dir = backupDir(workspaceFolder);
  privateFolder(dir);
  removeStaleTemporaries(dir);
  const name = freeName(dir, backupStamp(options.at), options.kind);
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    privateEmptyFile(temp);
    vacuumInto(db, temp);
    checkDatabaseCopy(temp, { label: 'La copie de la base', consequence: "la sauvegarde n'a pas été gardée" }, options.openOptions);
    fsyncPath(temp);
    fs.renameSync(temp, path.join(dir, name));
    fsyncPath(dir, 'r');
  } finally {
    fs.rmSync(temp, { force: true });
  }
  const removed = removeBeyond(workspaceFolder, backupKeep(db), name);
  inTransaction(db, () => {
    appendAudit(db, { at: options.now, actor: actor(db), action: 'backup.create', entity: 'backup', details: { file: name, kind: options.kind, removed } });
  });
  return listBackups(workspaceFolder).find((b) => b.name === name)!;
}

/** The automatic backup: once a day (local day of `at`), for a workspace whose role has been chosen. Returns it, or undefined when not due. */
export function autoBackupIfDue(db: Database, workspaceFolder: string, options: Omit<BackupOptions, 'kind'>): BackupEntry | undefined {
  if (!getWorkspace(db)) return undefined;
  const day = backupStamp(options.at).slice(0, 10);
  if (listBackups(workspaceFolder).some((b) => b.kind === 'auto' && b.createdAt.startsWith(day))) return undefined;
  return createBackup(db, workspaceFolder, { ...options, kind: 'auto' });
}

export interface RestoredFile {
  /** The name of the current database kept aside, or null when there was none. */
  aside: string | null;
  schemaVersion: number;
}

function notRegularFile(source: string): string | null {
  try {
    return fs.statSync(source).isFile() ? null : "n'est pas un fichier ordinaire";
  } catch {
    return 'est introuvable';
  }
}

/** Keeps the database (and its write-ahead log, if any) aside under `aside`, 0600. */
function keepAside(dbFile: string, aside: string): void {
  for (const suffix of ['', '-wal']) {
    if (!fs.existsSync(dbFile + suffix)) continue;
    fs.copyFileSync(dbFile + suffix, aside + suffix, fs.constants.COPYFILE_EXCL);
    if (process.platform !== 'win32') fs.chmodSync(aside + suffix, 0o600);
    fsyncPath(aside + suffix);
  }
}

/**
 * Puts a copy of `source` in place of `dbFile`, whose connection is closed.
 * Refused (nothing changed) when `source` is not a database of the app, is
 * damaged or comes from a newer version.
 */
export function restoreFile(dbFile: string, source: string, at: Date, openOptions: OpenOptions = {}): RestoredFile {
  const wording = { label: `Le fichier ${path.basename(source)}`, consequence: "rien n'a été restauré" };
  const notFile = notRegularFile(source);
  if (notFile) throw new AppError('INVALID_INPUT', `${wording.label} ${notFile} : ${wording.consequence}.`);
  const dir = path.dirname(dbFile);
  privateFolder(dir);
  const temp = path.join(dir, `.${path.basename(dbFile)}.restauration.${process.pid}.tmp`);
  try {
    privateEmptyFile(temp);
    fs.copyFileSync(source, temp);
    const schemaVersion = checkDatabaseCopy(temp, wording, openOptions);
    fsyncPath(temp);
    const aside = fs.existsSync(dbFile) ? `${path.basename(dbFile, '.sqlite')}.avant-restauration-${backupStamp(at)}.sqlite` : null;
    if (aside) keepAside(dbFile, path.join(dir, aside));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
    fs.renameSync(temp, dbFile);
    fsyncPath(dir, 'r');
    return { aside, schemaVersion };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Writes the restore in the audit log of the restored database. */
export function logRestore(db: Database, now: string, details: { file: string } & RestoredFile): void {
  inTransaction(db, () => appendAudit(db, { at: now, actor: actor(db), action: 'backup.restore', entity: 'backup', details: { ...details } }));
}
