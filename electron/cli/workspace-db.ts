/** The workspace database a command works on (`--data-dir`, `--demo`), opened or a French usage error. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { defaultDataDirSources, demoDatabasePath, mainDatabasePath, resolveDataDir } from '../app/data-dir';
import { openDatabase } from '../db/connection';
import { AppError } from '../../shared/api/result';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../shared/domain/enums';
import { CliUsageError, EXIT, type CliIo } from './io';
import { translateParseArgsError } from './options';

export function openWorkspace(io: CliIo, dataDirFlag: string | undefined, demo: string | undefined): { db: Database; dataDir: string } {
  const dataDir = resolveDataDir({ ...defaultDataDirSources(dataDirFlag), env: io.env, cwd: io.cwd });
  if (demo !== undefined && !isRole(demo)) throw new CliUsageError(`--demo : rôle « ${demo} » inconnu (agence ou employeur).`);
  const file = demo ? demoDatabasePath(dataDir, demo) : (mainOrOnlyDemo(io, dataDir) ?? mainDatabasePath(dataDir));
  if (!existsSync(file)) {
    throw new CliUsageError(
      `Aucune base de données dans ${dataDir} (fichier ${path.relative(dataDir, file)} absent). Indiquez le dossier de données avec --data-dir DIR.`,
    );
  }
  return { db: openDatabase(file), dataDir };
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
