/**
 * `cae import FICHIER [--dry-run] [--verbose] [--data-dir DIR] [--json]`: applies a return file of the payment
 * organisation, or (in an employer workspace) a convention package from the agency. The text output is a summary
 * (statuses counted, total paid) whatever the file's size; --verbose adds a line per line of the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { fileInstant, systemClock } from '../../app/context';
import { importExchange } from '../../services/exchanges/files';
import { describeImport } from '../../sync/report';
import { CliUsageError, EXIT, type CliIo } from '../io';

const USAGE = 'Usage : cae import FICHIER [--dry-run] [--verbose] [--data-dir DIR] [--demo agence|employeur] [--json]';
/** Without --verbose, at most this many reasons of a refusal are printed. */
const MAX_REASONS = 20;

export function runImport(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, 'dry-run': { type: 'boolean' }, verbose: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new CliUsageError(`Indiquez un seul fichier à importer.\n${USAGE}`);
  const file = path.resolve(io.cwd, positionals[0]!);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliUsageError(
      `Impossible de lire ${file} : ${code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : 'lecture impossible'}.`,
    );
  }
  const { db, dataDir } = openWorkspace(io, values['data-dir'], values.demo);
  try {
    const outcome = importExchange(db, bytes, { file, folder: dataDir, dryRun: values['dry-run'] === true, at: fileInstant(systemClock(io.env)) });
    if (values.json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    else {
      const report = describeImport(outcome);
      if (report.refused) {
        const shown = values.verbose ? report.lines : report.lines.slice(0, MAX_REASONS);
        const more = report.lines.length - shown.length;
        const moreLine = more > 0 ? [`… et ${more} autre(s) motif(s) : --verbose les montre tous.`] : [];
        io.stderr(`${file} : ${[report.title, ...shown.map((l) => `  - ${l}`), ...moreLine].join('\n')}\n`);
      } else if (values.verbose) {
        io.stdout(`${[report.title, ...report.lines, ...report.summary.filter((l) => !report.lines.includes(l))].join('\n')}\n`);
      } else {
        const hidden = report.lines.length > report.summary.length ? ['(détail ligne à ligne : --verbose)'] : [];
        io.stdout(`${[report.title, ...report.summary, ...hidden].join('\n')}\n`);
      }
    }
    if (outcome.kind === 'refused') {
      if (values.json) io.stderr(`${file} refusé, rien n’a été modifié.\n`);
      return EXIT.REJECTED;
    }
    return EXIT.OK;
  } finally {
    db.close();
  }
}
