/** The workspace database a command works on (`--data-dir`, `--demo`), opened or a French usage error. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { defaultDataDirSources, demoDatabasePath, mainDatabasePath, resolveDataDir } from '../app/data-dir';
import { openDatabase } from '../db/connection';
import { AppError } from '../../shared/api/result';
import { CliUsageError, EXIT, type CliIo } from './io';
import { translateParseArgsError } from './options';

export function openWorkspace(io: CliIo, dataDirFlag: string | undefined, demo: string | undefined): { db: Database; dataDir: string } {
  const dataDir = resolveDataDir({ ...defaultDataDirSources(dataDirFlag), env: io.env, cwd: io.cwd });
  if (demo !== undefined && demo !== 'agence' && demo !== 'employeur') throw new CliUsageError(`--demo : rôle « ${demo} » inconnu (agence ou employeur).`);
  const file = demo ? demoDatabasePath(dataDir, demo) : mainDatabasePath(dataDir);
  if (!existsSync(file)) {
    throw new CliUsageError(`Aucune base de données dans ${dataDir} (fichier ${path.basename(file)} absent). Indiquez le dossier de données avec --data-dir DIR.`);
  }
  return { db: openDatabase(file), dataDir };
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
