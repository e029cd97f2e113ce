/**
 * Retention of the conventions (issue #15 §1, docs/protection-des-donnees.md):
 * the number of years a convention is kept after its effective end (the
 * setting `retention.years`, 5 by default as the notice says), how many are
 * due, and « Archiver puis supprimer »: the due conventions and all their
 * rows are written to an encrypted archive (../db/sealed-file.ts) in
 * `archives/` beside the database (folder 0700, file 0600), the file is read
 * back and decrypted with the passphrase, and only then, in the same
 * transaction, are they deleted and the purge written to the audit log with
 * the archive's SHA-256.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/api/result';
import { PASSPHRASE_MIN_LENGTH, RETENTION_DEFAULT_YEARS, RETENTION_YEARS_RANGE, retentionCutoff } from '../../shared/domain/retention';
import { inTransaction } from '../db/connection';
import { makePrivateDir } from '../db/private-files';
import { appendAudit } from '../db/repositories/audit';
import { conventionRows, countDueConventions, deleteConventions, dueConventionIds } from '../db/repositories/retention';
import { getSetting, putSetting } from '../db/repositories/workspace';
import { workspaceActor } from '../db/repositories/accounts';
import { writeFileDurably } from '../sync/files';
import { decryptArchive, encryptArchive } from '../db/sealed-file';

const YEARS_SETTING = 'retention.years';
export const ARCHIVE_FOLDER = 'archives';

const actor = (db: Database) => workspaceActor(db);

export function retentionYears(db: Database): number {
  const value = getSetting<number>(db, YEARS_SETTING);
  return Number.isInteger(value) && value! >= RETENTION_YEARS_RANGE.min && value! <= RETENTION_YEARS_RANGE.max ? value! : RETENTION_DEFAULT_YEARS;
}

export interface RetentionSummary {
  today: string;
  years: number;
  /** Conventions ended before this day are due. */
  cutoff: string;
  due: number;
}

/** Seen from the workspace's day (a demo's reference date). */
export function retentionSummary(db: Database, day: string): RetentionSummary {
  const years = retentionYears(db);
  const cutoff = retentionCutoff(day, years);
  return { today: day, years, cutoff, due: countDueConventions(db, cutoff) };
}

export function saveRetentionYears(db: Database, years: number, now: string): void {
  if (!Number.isInteger(years) || years < RETENTION_YEARS_RANGE.min || years > RETENTION_YEARS_RANGE.max) {
    throw new AppError('INVALID_INPUT', `Durée de conservation attendue entre ${RETENTION_YEARS_RANGE.min} et ${RETENTION_YEARS_RANGE.max} ans.`);
  }
  inTransaction(db, () => {
    const before = retentionYears(db);
    putSetting(db, YEARS_SETTING, years);
    appendAudit(db, { at: now, actor: actor(db), action: 'settings.retention', entity: 'settings', details: { before, after: years } });
  });
}

export interface PurgeResult {
  count: number;
  /** The archive's path, and its file name in `archives/`. */
  archive: string;
  name: string;
  sha256: string;
  deleted: Record<string, number>;
}

const pad = (n: number) => String(n).padStart(2, '0');
function archiveName(dir: string, at: Date): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  for (let n = 1; ; n++) {
    const name = `conservation-${stamp}${n === 1 ? '' : `-${n}`}.cae-archive`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

interface ArchiveDocument {
  format: 'cae-archive-conservation';
  createdAt: string;
  workspaceDay: string;
  years: number;
  cutoff: string;
  conventionIds: number[];
  tables: Record<string, unknown[]>;
}

/** The file read back and decrypted holds exactly the conventions and rows written. */
function verifyArchive(file: string, passphrase: string, written: ArchiveDocument): Buffer {
  const bytes = fs.readFileSync(file);
  const read = JSON.parse(decryptArchive(bytes, passphrase)) as ArchiveDocument;
  if (JSON.stringify(read) !== JSON.stringify(written)) {
    throw new AppError('INTERNAL', "L'archive relue ne correspond pas aux données à supprimer : rien n'a été supprimé.");
  }
  return bytes;
}

export interface PurgeOptions {
  passphrase: string;
  /** The workspace's day. */
  day: string;
  /** The instant of the audit entry; `at` names the file. */
  now: string;
  at: Date;
  /** The archive file (`cae conservation --archiver FICHIER`); by default a new file in `archives/`. */
  target?: string;
}

/** The archive's path: a new name in `archives/` (0700), or the file asked for, which must not exist. */
function archiveFile(workspaceFolder: string, options: PurgeOptions): string {
  if (options.target !== undefined) {
    if (fs.existsSync(options.target))
      throw new AppError('CONFLICT', `Le fichier ${options.target} existe déjà : choisissez un autre nom, rien n'a été archivé.`);
    return path.resolve(options.target);
  }
  const dir = path.join(workspaceFolder, ARCHIVE_FOLDER);
  makePrivateDir(dir);
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
  return path.join(dir, archiveName(dir, options.at));
}

/**
 * Archives the due conventions, checks the archive, deletes them: one transaction,
 * so a refusal or a failure at any step deletes nothing (and removes the archive file).
 */
export function archiveAndPurge(db: Database, workspaceFolder: string, options: PurgeOptions): PurgeResult {
  if (options.passphrase.length < PASSPHRASE_MIN_LENGTH) {
    throw new AppError('INVALID_INPUT', `La phrase de passe doit compter au moins ${PASSPHRASE_MIN_LENGTH} caractères : rien n'a été archivé ni supprimé.`);
  }
  let file: string | undefined;
  try {
    return inTransaction(db, () => {
      const { years, cutoff } = retentionSummary(db, options.day);
      const ids = dueConventionIds(db, cutoff);
      if (ids.length === 0)
        throw new AppError('CONFLICT', `Aucune convention n'a pris fin avant le ${cutoff.split('-').reverse().join('/')} : rien à archiver.`);
      const document: ArchiveDocument = {
        format: 'cae-archive-conservation',
        createdAt: options.now,
        workspaceDay: options.day,
        years,
        cutoff,
        conventionIds: ids,
        tables: conventionRows(db, ids),
      };
      file = archiveFile(workspaceFolder, options);
      const name = path.basename(file);
      writeFileDurably(file, encryptArchive(JSON.stringify(document), options.passphrase));
      const sha256 = createHash('sha256')
        .update(verifyArchive(file, options.passphrase, document))
        .digest('hex');
      const deleted = deleteConventions(db, ids);
      if (deleted.conventions !== ids.length)
        throw new AppError('INTERNAL', "Les conventions supprimées ne sont pas celles de l'archive : rien n'a été supprimé.");
      appendAudit(db, {
        at: options.now,
        actor: actor(db),
        action: 'retention.purge',
        entity: 'conventions',
        details: { count: ids.length, years, cutoff, archive: name, sha256, deleted },
      });
      return { count: ids.length, archive: file, name, sha256, deleted };
    });
  } catch (error) {
    if (file) for (const f of [file, `${file}.part`]) fs.rmSync(f, { force: true });
    throw error;
  }
}
