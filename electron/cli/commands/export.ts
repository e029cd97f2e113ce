/**
 * `cae export --to DIR [--max-lines N] [--data-dir DIR] [--json]`: writes the pending outbound lots;
 * with `--package SIRET`, the convention package of that employer instead.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspaceToWrite, usageGuard } from '../workspace-db';
import { fileInstant, systemClock } from '../../app/context';
import { readExchangeSettings } from '../../services/exchanges/settings';
import { outboxOf, writePendingLots } from '../../services/exchanges/files';
import { recoveredMessage } from '../../sync/export';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { integerOption } from '../options';
import { exportPackage } from './export-package';

const USAGE = 'Usage : cae export --to DIR [--max-lines N | --package SIRET] [--data-dir DIR] [--demo agence|employeur] [--json]';

export function runExport(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, to: { type: 'string' }, 'max-lines': { type: 'string' }, package: { type: 'string' } },
    strict: true,
  });
  if (positionals.length > 0 || !values.to) throw new CliUsageError(`Indiquez le dossier où écrire les lots avec --to DIR.\n${USAGE}`);
  if (values.package !== undefined && values['max-lines'] !== undefined)
    throw new CliUsageError(`--max-lines ne s’applique pas au dossier de conventions (--package).\n${USAGE}`);
  const outDir = path.resolve(io.cwd, values.to);
  const now = fileInstant(systemClock(io.env));
  const { db, close } = await openWorkspaceToWrite(io, values['data-dir'], values.demo, 'export');
  try {
    if (values.package !== undefined) return exportPackage(db, io, { siret: values.package, outDir, now, json: values.json === true });
    const maxLines = integerOption(values['max-lines'], '--max-lines', readExchangeSettings(db).maxLinesPerLot, 1, 100000);
    // The screen's outbox of this workspace (beside its database): a lot found complete there is ready, not sent.
    const outbox = outboxOf(path.dirname(db.name));
    const result = writePendingLots(db, { outDir, at: now, maxLines, handOver: 'sent', outbox });
    if (values.json) {
      io.stdout(`${JSON.stringify({ outDir, ...result }, null, 2)}\n`);
      return EXIT.OK;
    }
    for (const r of result.recovered) io.stdout(`${recoveredMessage(r)}\n`);
    if (result.lots.length === 0) io.stdout('Rien à envoyer : aucune convention, aucun avenant, événement ou dénonciation en attente.\n');
    for (const lot of result.lots) io.stdout(`${path.join(outDir, lot.fileName)} : lot n° ${lot.sequence}, ${lot.lines} ligne(s).\n`);
    if (result.awaitingCorrection.length) {
      io.stdout(`${result.awaitingCorrection.length} ligne(s) rejetée(s) attendent une correction : ${result.awaitingCorrection.join(', ')}.\n`);
    }
    return EXIT.OK;
  } finally {
    close();
  }
}
