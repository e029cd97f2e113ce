/**
 * `cae backup [--data-dir DIR] [--demo …]`: backs up the workspace database
 * into `sauvegardes/` beside it, checked, the oldest removed beyond the number
 * kept. `cae restore FICHIER [--data-dir DIR] [--demo …]`: puts a checked copy
 * of FICHIER in place of the database, the current one kept aside. Exit 1 when
 * the file is refused (not an SQLite database of the app, damaged, newer
 * schema), 2 when it cannot be read or the options are wrong.
 */
import { closeCleanly } from '../../db/clean-close';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/result';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../../shared/domain/enums';
import { systemClock } from '../../app/context';
import { defaultDataDirSources, demoDatabasePath, mainDatabasePath, resolveDataDir } from '../../app/data-dir';
import { backupDir, backupKeep, createBackup, listBackups, logRestore, restoreFile, type RestoredFile } from '../../services/backups';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { cliPassphrase, COMMON_OPTIONS, lockFolder, openCliDatabase, openWorkspaceToWrite, usageGuard } from '../workspace-db';

const sizeFr = (bytes: number) => `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 0 })} Ko`;

export function runBackup(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, async () => {
    const { values, positionals } = parseArgs({ args, options: COMMON_OPTIONS, strict: true, allowPositionals: true });
    if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\nUsage : cae backup [--data-dir DIR] [--demo …]`);
    const now = systemClock(io.env).now();
    const { db, passphrase, close } = await openWorkspaceToWrite(io, values['data-dir'], values.demo, 'backup');
    try {
      const folder = path.dirname(db.name);
      const entry = createBackup(db, folder, { kind: 'manuelle', at: new Date(now), now, openOptions: { passphrase } });
      const kept = listBackups(folder).length;
      if (values.json) io.stdout(`${JSON.stringify({ file: path.join(backupDir(folder), entry.name), bytes: entry.bytes, kept, keep: backupKeep(db) })}\n`);
      else
        io.stdout(`Sauvegarde écrite et vérifiée : ${path.join(backupDir(folder), entry.name)} (${sizeFr(entry.bytes)}). ${kept} sauvegarde(s) gardée(s).\n`);
      return EXIT.OK;
    } finally {
      close();
    }
  });
}

const isRole = (value: string): value is WorkspaceRole => (WORKSPACE_ROLES as readonly string[]).includes(value);

/** The database file a restore replaces: it may be missing or damaged, so it is not opened. */
function targetFile(io: CliIo, dataDirFlag: string | undefined, demo: string | undefined): RestoreTarget {
  const dataDir = resolveDataDir({ ...defaultDataDirSources(dataDirFlag), env: io.env, cwd: io.cwd });
  if (demo === undefined) return { dataDir, file: mainDatabasePath(dataDir), isDemo: false };
  if (!isRole(demo)) throw new CliUsageError(`--demo : rôle « ${demo} » inconnu (agence ou employeur).`);
  return { dataDir, file: demoDatabasePath(dataDir, demo), isDemo: true };
}

/** Puts the copy in place and logs it, the data folder locked (the app or another command writing there is said in French). */
interface RestoreTarget {
  dataDir: string;
  file: string;
  isDemo: boolean;
}

async function restoreLocked(io: CliIo, target: RestoreTarget, source: string, now: string): Promise<RestoredFile | AppError> {
  fs.mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  const lock = await lockFolder(io, target.dataDir, 'restore');
  try {
    let restored: RestoredFile;
    try {
      restored = restoreFile(target.file, source, new Date(now), { passphrase: cliPassphrase(io, target.isDemo) });
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    const db = openCliDatabase(io, target.file, target.isDemo);
    try {
      logRestore(db, now, { file: source, ...restored });
    } finally {
      closeCleanly(db);
    }
    return restored;
  } finally {
    lock.release();
  }
}

export function runRestore(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, async () => {
    const { values, positionals } = parseArgs({ args, options: COMMON_OPTIONS, strict: true, allowPositionals: true });
    if (positionals.length !== 1) throw new CliUsageError('Usage : cae restore FICHIER [--data-dir DIR] [--demo …] : un seul fichier de sauvegarde.');
    const source = path.resolve(io.cwd, positionals[0]!);
    if (!fs.existsSync(source)) throw new CliUsageError(`Le fichier ${source} est introuvable : rien n'a été restauré.`);
    // A folder, a FIFO or a device is unreadable input (exit 2), not a refused backup (exit 1).
    if (!fs.statSync(source).isFile()) throw new CliUsageError(`Le fichier ${path.basename(source)} n'est pas un fichier ordinaire : rien n'a été restauré.`);
    const now = systemClock(io.env).now();
    const target = targetFile(io, values['data-dir'], values.demo);
    const { file } = target;
    const restored = await restoreLocked(io, target, source, now);
    if (restored instanceof AppError) {
      io.stderr(`${restored.message}\n`);
      return EXIT.REJECTED;
    }
    if (values.json) io.stdout(`${JSON.stringify({ restored: source, database: file, aside: restored.aside, schemaVersion: restored.schemaVersion })}\n`);
    else {
      const aside = restored.aside ? ` La base précédente est gardée dans ${path.join(path.dirname(file), restored.aside)}.` : '';
      io.stdout(`Base restaurée depuis ${source} (schéma ${restored.schemaVersion}).${aside}\n`);
    }
    return EXIT.OK;
  });
}
