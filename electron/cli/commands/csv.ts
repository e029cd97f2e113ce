/** `cae csv LISTE --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]`: a whole list as a CSV file for a spreadsheet. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportList } from '../../../shared/api/exports-contract';
import { AppError } from '../../../shared/api/result';
import { listCsv } from '../../exports/index';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { translateParseArgsError } from '../options';
import { openWorkspace } from '../workspace-db';
import { writeAtomically, writeError } from '../write-output';

const USAGE = 'Usage : cae csv conventions|employeurs|salaries|echanges --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]\n';

/** The list names accepted, in French as on the screens or as in the API. */
const LISTS: Record<string, ExportList> = {
  conventions: 'conventions',
  employeurs: 'employers',
  employers: 'employers',
  salaries: 'employees',
  salariés: 'employees',
  employees: 'employees',
  echanges: 'lots',
  échanges: 'lots',
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
  let db;
  try {
    ({ db } = openWorkspace(io, parsed.values['data-dir'], parsed.values.demo));
  } catch (e) {
    if (!(e instanceof CliUsageError) && !(e instanceof AppError)) throw e;
    io.stderr(`${e.message}
`);
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
