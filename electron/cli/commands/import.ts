/**
 * `cae import FICHIER [--dry-run] [--verbose] [--data-dir DIR] [--json]`: applies a return file of the payment
 * organisation, or (in an employer workspace) a convention package from the agency. The text output is a summary
 * (statuses counted, total paid) whatever the file's size; --verbose adds a line per line of the file. A file of
 * 10,000 lines and more tells its progress on stderr (lines checked for --dry-run, applied otherwise).
 */
import { closeCleanly } from '../../db/clean-close';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, openWorkspaceToWrite, usageGuard, type CliWorkspace } from '../workspace-db';
import { fileInstant, systemClock } from '../../app/context';
import { importExchange } from '../../services/exchanges/files';
import { readInputFile } from '../../sync/files';
import type { ImportOutcome } from '../../sync/import';
import { describeImport } from '../../sync/report';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { progressOnStderr } from '../progress';

const USAGE = 'Usage : cae import FICHIER [--dry-run] [--verbose] [--data-dir DIR] [--demo agence|employeur] [--json]';
/** Without --verbose, at most this many reasons of a refusal are printed. */
const MAX_REASONS = 20;

/**
 * The reasons of a refusal on stderr: MAX_REASONS (--verbose: all those the outcome keeps, MAX_REFUSAL_REASONS),
 * then how many more, then where the file was kept — a few dozen lines whatever the file.
 */
function refusalLines(outcome: Extract<ImportOutcome, { kind: 'refused' }>, verbose: boolean): string[] {
  const shown = verbose ? outcome.reasons : outcome.reasons.slice(0, MAX_REASONS);
  const more = outcome.reasons.length - shown.length + outcome.omitted;
  const hint = shown.length < outcome.reasons.length ? ` (--verbose en montre ${outcome.reasons.length}, --json aussi)` : '';
  return [
    ...shown.map((l) => `  - ${l}`),
    ...(more > 0 ? [`… et ${more} autre(s) motif(s)${hint}.`] : []),
    ...(outcome.quarantined ? [`Fichier gardé en quarantaine : ${outcome.quarantined} (rapport à côté).`] : []),
  ];
}

/** A dry run's workspace: closing it closes the database only (no folder lock was taken). */
const readOnly = (opened: CliWorkspace) => ({ ...opened, close: () => closeCleanly(opened.db) });

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
  const read = readInputFile(file);
  if ('error' in read) throw new CliUsageError(`Impossible de lire ${file} : ${read.error}.`);
  const { bytes } = read;
  // A dry run writes nothing: it reads beside the app. An import takes the data folder's lock.
  const dryRun = values['dry-run'] === true;
  const { db, dataDir, passphrase, close } = dryRun
    ? readOnly(openWorkspace(io, values['data-dir'], values.demo))
    : await openWorkspaceToWrite(io, values['data-dir'], values.demo, 'import');
  try {
    const at = fileInstant(systemClock(io.env));
    const outcome = importExchange(db, bytes, { file, folder: dataDir, passphrase, dryRun, at, onProgress: progressOnStderr(io, 'import') });
    if (values.json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    else {
      const report = describeImport(outcome);
      if (outcome.kind === 'refused') {
        io.stderr(`${file} : ${[report.title, ...refusalLines(outcome, values.verbose === true)].join('\n')}\n`);
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
    close();
  }
}
