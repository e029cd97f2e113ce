/** `cae print NUMÉRO --out FICHIER.pdf [--data-dir DIR] [--avenant N]`: the convention in five copies, as a PDF. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/result';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../../shared/domain/enums';
import { defaultDataDirSources, demoDatabasePath, mainDatabasePath, resolveDataDir } from '../../app/data-dir';
import { openDatabase } from '../../db/connection';
import { loadPrintableVersion, renderConventionPdf } from '../../documents/index';
import { EXIT, type CliIo } from '../io';
import { translateParseArgsError } from '../options';
import { writeAtomically, writeError } from '../write-output';

const USAGE = 'Usage : cae print NUMÉRO --out FICHIER.pdf [--data-dir DIR] [--avenant N] [--demo agence|employeur]\n';

export async function runPrint(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, avenant: { type: 'string' }, demo: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr(`${translateParseArgsError(e instanceof Error ? e.message : String(e))}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const [number, ...rest] = parsed.positionals;
  if (!number || rest.length > 0) {
    io.stderr(`Indiquez un seul numéro de convention.\n${USAGE}`);
    return EXIT.USAGE;
  }
  const out = parsed.values.out;
  if (!out) {
    io.stderr(`Indiquez le fichier PDF à écrire avec --out FICHIER.pdf.\n${USAGE}`);
    return EXIT.USAGE;
  }
  const rawAvenant = parsed.values.avenant;
  if (rawAvenant !== undefined && !/^\d{1,2}$/.test(rawAvenant)) {
    io.stderr(`--avenant attend le numéro de la version (0 pour la convention initiale), reçu « ${rawAvenant} ».\n`);
    return EXIT.USAGE;
  }
  const dataDir = resolveDataDir({ ...defaultDataDirSources(parsed.values['data-dir']), env: io.env, cwd: io.cwd });
  const demo = parsed.values.demo;
  if (demo !== undefined && !(WORKSPACE_ROLES as readonly string[]).includes(demo)) {
    io.stderr(`--demo : rôle « ${demo} » inconnu (agence ou employeur).\n`);
    return EXIT.USAGE;
  }
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
  let loaded;
  try {
    loaded = loadPrintableVersion(db, number, rawAvenant === undefined ? undefined : Number(rawAvenant));
  } finally {
    db.close();
  }
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n`);
    return EXIT.USAGE;
  }
  const { version } = loaded;
  const pdf = await renderConventionPdf({ document: version.document, number: version.number, avenantIndex: version.avenantIndex });
  const target = path.resolve(io.cwd, out);
  try {
    await writeAtomically(target, pdf);
  } catch (e) {
    io.stderr(writeError(target, e));
    return EXIT.USAGE;
  }
  const label = `${version.number}-${String(version.avenantIndex).padStart(2, '0')}`;
  io.stdout(`Convention ${label} imprimée en 5 exemplaires (${Math.ceil(pdf.length / 1024)} Ko) : ${target}\n`);
  return EXIT.OK;
}
