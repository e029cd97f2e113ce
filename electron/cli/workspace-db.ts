/** The workspace database a command works on (`--data-dir`, `--demo`), opened or a French usage error. */
import { closeCleanly } from '../db/clean-close';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { defaultDataDirSources, demoDatabasePath, mainDatabasePath, resolveDataDir } from '../app/data-dir';
import { acquireFolderLockWaiting, takeoverMessage, type FolderLock } from '../app/folder-lock';
import { openDatabase } from '../db/connection';
import { AppError } from '../../shared/api/result';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../shared/domain/enums';
import { CliUsageError, EXIT, type CliIo } from './io';
import { translateParseArgsError } from './options';
import { upgradeNotice } from '../db/migrate';

/** The open database, its folder, and the passphrase it was opened with (none for a demo or a clear database). */
export interface CliWorkspace {
  db: Database;
  dataDir: string;
  passphrase: string | undefined;
}

export function openWorkspace(io: CliIo, dataDirFlag: string | undefined, demo: string | undefined): CliWorkspace {
  const dataDir = resolveDataDir({ ...defaultDataDirSources(dataDirFlag), env: io.env, cwd: io.cwd });
  if (demo !== undefined && !isRole(demo)) throw new CliUsageError(`--demo : rôle « ${demo} » inconnu (agence ou employeur).`);
  const file = demo ? demoDatabasePath(dataDir, demo) : (mainOrOnlyDemo(io, dataDir) ?? mainDatabasePath(dataDir));
  if (!existsSync(file)) {
    throw new CliUsageError(
      `Aucune base de données dans ${dataDir} (fichier ${path.relative(dataDir, file)} absent). Indiquez le dossier de données avec --data-dir DIR.`,
    );
  }
  const isDemo = file !== mainDatabasePath(dataDir);
  return { db: openCliDatabase(io, file, isDemo), dataDir, passphrase: cliPassphrase(io, isDemo) };
}

/**
 * The passphrase of an encrypted workspace, for the command line: the
 * environment variable CAE_PHRASE_SECRETE (never an argument, which other users
 * of the computer could read in the process list). Demos are not encrypted.
 */
export function cliPassphrase(io: CliIo, isDemo: boolean): string | undefined {
  const given = io.env.CAE_PHRASE_SECRETE;
  return isDemo || !given ? undefined : given;
}

/** Opens a database file of the workspace for a command; a locked one is said with how to give its passphrase. */
export function openCliDatabase(io: CliIo, file: string, isDemo: boolean): Database {
  try {
    return openDatabase(file, { passphrase: cliPassphrase(io, isDemo), onUpgrade: (from, to) => io.stderr(upgradeNotice(from, to)) });
  } catch (error) {
    if (error instanceof AppError && error.code === 'WORKSPACE_LOCKED') {
      throw new CliUsageError(
        `La base ${file} est chiffrée : donnez sa phrase secrète dans la variable d'environnement CAE_PHRASE_SECRETE ` +
          `(par exemple « read -rs CAE_PHRASE_SECRETE && export CAE_PHRASE_SECRETE » puis la commande). Rien n'a été lu ni modifié.`,
      );
    }
    throw error;
  }
}

/** How long a writing command waits while another `cae` command writes in the same folder (the app holding it is refused at once). */
const LOCK_WAIT_MS = 120_000;

/**
 * For the commands that write (`import`, `export`, `demo`): the data folder's
 * lock (`.verrou`) first, then the database. Another command writing there is
 * waited for (said on stderr); the app holding the folder is a French refusal
 * naming it and since when (exit 2). `close` closes the database and frees the folder.
 */
export async function openWorkspaceToWrite(
  io: CliIo,
  dataDirFlag: string | undefined,
  demo: string | undefined,
  command: string,
): Promise<CliWorkspace & { close: () => void }> {
  const dataDir = resolveDataDir({ ...defaultDataDirSources(dataDirFlag), env: io.env, cwd: io.cwd });
  // A folder that does not exist has no database: said by openWorkspace, without creating it.
  if (!existsSync(dataDir)) openWorkspace(io, dataDirFlag, demo);
  const lock = await lockFolder(io, dataDir, command);
  try {
    const { db, passphrase } = openWorkspace(io, dataDirFlag, demo);
    const close = (): void => {
      closeCleanly(db);
      lock.release();
    };
    return { db, dataDir, passphrase, close };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The data folder's lock for the command `cae <command>`, waiting for another command; a stale lock taken over is said on stderr. */
export async function lockFolder(io: CliIo, dataDir: string, command: string): Promise<FolderLock> {
  const lock = await acquireFolderLockWaiting(dataDir, `la commande cae ${command}`, { waitMs: LOCK_WAIT_MS, onWait: (m) => io.stderr(`${m}\n`) });
  if (lock.takenOver) io.stderr(`${takeoverMessage(dataDir, lock.takenOver)}\n`);
  return lock;
}

const isRole = (value: string): value is WorkspaceRole => (WORKSPACE_ROLES as readonly string[]).includes(value);

/**
 * Without --demo: the folder's own database, else its demo when it holds only
 * one (`cae demo --data-dir X` then `cae export --data-dir X`, said on
 * stderr); with both demos and no database of its own, which option opens each.
 */
function mainOrOnlyDemo(io: CliIo, dataDir: string): string | undefined {
  const main = mainDatabasePath(dataDir);
  if (existsSync(main)) return main;
  const demos = WORKSPACE_ROLES.filter((role) => existsSync(demoDatabasePath(dataDir, role)));
  if (demos.length === 1) {
    io.stderr(`Espace de démonstration (${demos[0]}) de ${dataDir} ouvert : ${dataDir} n’a pas de base à lui (--demo ${demos[0]}).\n`);
    return demoDatabasePath(dataDir, demos[0]!);
  }
  if (demos.length > 1) {
    throw new CliUsageError(`${dataDir} n’a pas de base à lui mais deux espaces de démonstration : ajoutez --demo agence ou --demo employeur.`);
  }
  return undefined;
}

export const COMMON_OPTIONS = { 'data-dir': { type: 'string' }, demo: { type: 'string' }, json: { type: 'boolean' } } as const;

/** Usage errors (bad options, missing database) become a French message on stderr and exit code 2. */
export async function usageGuard(io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    const parseError = e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
    if (!(e instanceof CliUsageError) && !(e instanceof AppError) && !parseError) throw e;
    io.stderr(`${parseError ? translateParseArgsError(e.message) : e.message}\n`);
    return EXIT.USAGE;
  }
}
