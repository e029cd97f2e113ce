/**
 * `cae csv LISTE --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]`: a whole list as a CSV file for a spreadsheet;
 * `aides` and `assiettes` are the accountant's (aid expected, received and differences; exempted base per month and employee).
 */
import { closeCleanly } from '../../db/clean-close';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportList } from '../../../shared/api/exports-contract';
import { AppError } from '../../../shared/api/result';
import { systemClock } from '../../app/context';
import { writeListCsv } from '../../exports/index';
import { progressOnStderr } from '../progress';
import { workspaceToday } from '../../services/workspace-day';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { translateParseArgsError } from '../options';
import { openWorkspace } from '../workspace-db';
import { writeFileAsMade } from '../../app/file-as-made';
import { writeError } from '../write-output';

const USAGE = 'Usage : cae csv conventions|employeurs|salaries|echanges|aides|assiettes --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]\n';

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
  aides: 'aids',
  aids: 'aids',
  assiettes: 'exemptions',
  exemptions: 'exemptions',
};

const LIST_LABELS: Record<ExportList, string> = {
  conventions: 'Liste des conventions',
  employers: 'Liste des employeurs',
  employees: 'Liste des salariés',
  lots: 'Liste des lots échangés',
  aids: 'Aide attendue, reçue et écarts par mois',
  exemptions: 'Assiette exonérée par mois et par salarié',
};

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
    io.stderr(`Liste « ${name} » inconnue (conventions, employeurs, salaries, echanges, aides ou assiettes).\n${USAGE}`);
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
  const target = path.resolve(io.cwd, out);
  let rows: number;
  try {
    // The aid not yet due is told from the day the workspace is seen from (a demo's reference date, or SOURCE_DATE_EPOCH).
    const seenFrom = workspaceToday(db, systemClock(io.env));
    rows = await writeFileAsMade(target, (write) => writeListCsv(db, { list }, seenFrom, write, progressOnStderr(io, 'export')));
  } catch (e) {
    if (!(e instanceof Error) || !('code' in e) || typeof (e as NodeJS.ErrnoException).syscall !== 'string') throw e;
    io.stderr(writeError(target, e));
    return EXIT.USAGE;
  } finally {
    closeCleanly(db);
  }
  io.stdout(`${LIST_LABELS[list]} exportée au format CSV (${rows} lignes et l’en-tête) : ${target}\n`);
  return EXIT.OK;
}
