/** `cae csv LISTE --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]`: a whole list as a CSV file for a spreadsheet. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportList } from '../../../shared/api/exports-contract';
import { AppError } from '../../../shared/api/result';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../../shared/domain/enums';
import { defaultDataDirSources, demoDatabasePath, mainDatabasePath, resolveDataDir } from '../../app/data-dir';
import { openDatabase } from '../../db/connection';
import { listCsv } from '../../exports/index';
import { EXIT, type CliIo } from '../io';
import { translateParseArgsError } from '../options';
import { writeAtomically, writeError } from '../write-output';

const USAGE = 'Usage : cae csv conventions|employeurs|salaries|echanges --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]\n';

/** The list names accepted, in French as on the screens or as in the API. */
const LISTS: Record<string, ExportList> = {
  conventions: 'conventions',
  employeurs: 'employers',
  employers: 'employers',
  salaries: 'employees',
  'salariés': 'employees',
  employees: 'employees',
  echanges: 'lots',
  'échanges': 'lots',
  lots: 'lots',
};

const LIST_LABELS: Record<ExportList, string> = { conventions: 'conventions', employers: 'employeurs', employees: 'salariés', lots: 'lots échangés' };

export async function runCsv(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, demo: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr(`${translateParseArgsError(e instanceof Error ? e.message : String(e))}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const [name, ...rest] = parsed.positionals;
  if (!name || rest.length > 0) {
    io.stderr(`Indiquez une seule liste à exporter.\n${USAGE}`);
    return EXIT.USAGE;
  }
  const list = Object.hasOwn(LISTS, name) ? LISTS[name] : undefined;
  if (!list) {
    io.stderr(`Liste « ${name} » inconnue (conventions, employeurs, salaries ou echanges).\n${USAGE}`);
    return EXIT.USAGE;
  }
  const out = parsed.values.out;
  if (!out) {
    io.stderr(`Indiquez le fichier CSV à écrire avec --out FICHIER.csv.\n${USAGE}`);
    return EXIT.USAGE;
  }
  const demo = parsed.values.demo;
  if (demo !== undefined && !(WORKSPACE_ROLES as readonly string[]).includes(demo)) {
    io.stderr(`--demo : rôle « ${demo} » inconnu (agence ou employeur).\n`);
    return EXIT.USAGE;
  }
  const dataDir = resolveDataDir({ ...defaultDataDirSources(parsed.values['data-dir']), env: io.env, cwd: io.cwd });
  // The demo workspaces sit beside the user's own database (see data-dir.ts).
  const dbFile = demo ? demoDatabasePath(dataDir, demo as WorkspaceRole) : mainDatabasePath(dataDir);
  if (!existsSync(dbFile)) {
    io.stderr(`Aucune base de données dans ${dataDir} (fichier ${path.basename(dbFile)} absent). Indiquez le dossier de données avec --data-dir DIR.\n`);
    return EXIT.USAGE;
  }
  let db;
  try {
    db = openDatabase(dbFile);
  } catch (e) {
    io.stderr(`${e instanceof AppError ? e.message : `Impossible d’ouvrir ${dbFile} : ${e instanceof Error ? e.message : String(e)}`}\n`);
    return EXIT.USAGE;
  }
  let csv;
  try {
    csv = listCsv(db, { list });
  } finally {
    db.close();
  }
  const target = path.resolve(io.cwd, out);
  try {
    await writeAtomically(target, csv.bytes);
  } catch (e) {
    io.stderr(writeError(target, e));
    return EXIT.USAGE;
  }
  io.stdout(`Liste des ${LIST_LABELS[list]} exportée au format CSV (${csv.rows} lignes et l’en-tête) : ${target}\n`);
  return EXIT.OK;
}
