/** `cae print NUMÉRO --out FICHIER.pdf [--data-dir DIR] [--avenant N]`: the convention in five copies, as a PDF. */
import { closeCleanly } from '../../db/clean-close';
import path from 'node:path';
import { formatVersionNumber } from '../../../shared/domain/numbering';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/result';
import { printConvention } from '../../services/documents';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { translateParseArgsError } from '../options';
import { openWorkspace } from '../workspace-db';
import { checkDestination, writeAtomically, writeError } from '../write-output';

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
  const target = path.resolve(io.cwd, out);
  try {
    await checkDestination(target);
  } catch (e) {
    io.stderr(writeError(target, e));
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
  let printed;
  try {
    printed = await printConvention(db, number, rawAvenant === undefined ? undefined : Number(rawAvenant));
  } catch (e) {
    // An unknown number or version, a stored document that is not a convention: said in French, exit 2.
    if (!(e instanceof AppError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.USAGE;
  } finally {
    closeCleanly(db);
  }
  const { version, pdf } = printed;
  try {
    await writeAtomically(target, pdf);
  } catch (e) {
    io.stderr(writeError(target, e));
    return EXIT.USAGE;
  }
  const label = formatVersionNumber(version.number, version.avenantIndex);
  io.stdout(`Convention ${label} imprimée en 5 exemplaires (${Math.ceil(pdf.length / 1024)} Ko) : ${target}\n`);
  return EXIT.OK;
}
