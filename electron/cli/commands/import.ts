/**
 * `cae import FICHIER [--dry-run] [--data-dir DIR] [--json]`: applies a return file of the payment organisation,
 * or (in an employer workspace) a convention package from the agency.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { exchangeNow, isoSeconds } from '../../sync/files';
import { importExchangeFile } from '../../sync/import';
import { describeImport } from '../../sync/report';
import { CliUsageError, EXIT, type CliIo } from '../io';

const USAGE = 'Usage : cae import FICHIER [--dry-run] [--data-dir DIR] [--demo agence|employeur] [--json]';

export function runImport(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, 'dry-run': { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliUsageError(`Indiquez un seul fichier à importer.\n${USAGE}`);
  const file = path.resolve(io.cwd, positionals[0]!);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliUsageError(`Impossible de lire ${file} : ${code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : 'lecture impossible'}.`);
  }
  const { db, dataDir } = openWorkspace(io, values['data-dir'], values.demo);
  try {
    const outcome = importExchangeFile(db, bytes, { file, dataDir, dryRun: values['dry-run'] === true, now: isoSeconds(exchangeNow(io.env)) });
    if (values.json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    else {
      const report = describeImport(outcome);
      const text = `${[report.title, ...report.lines.map((l) => (report.refused ? `  - ${l}` : l))].join('\n')}\n`;
      if (report.refused) io.stderr(`${file} : ${text}`);
      else io.stdout(text);
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
