/** `cae lots [--alert-days N] [--data-dir DIR] [--json]`: the exchange lots, their statuses, and the late returns. */
import { closeCleanly } from '../../db/clean-close';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { systemClock } from '../../app/context';
import { alertDaysOf, lotsOverview, type LotView } from '../../services/exchanges/lots';
import { workspaceToday } from '../../services/workspace-day';
import { LOT_STATUS_LABELS, type LotStatus } from '../../../shared/domain/enums';
import { formatDateFr } from '../../../shared/format/date';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { integerOption } from '../options';

/** « Partiellement rejeté »: the text output speaks French; `--json` keeps the codes. */
function statusLabel(status: string): string {
  return status in LOT_STATUS_LABELS ? LOT_STATUS_LABELS[status as LotStatus] : status;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The command's order: sent lots first, then by emitter, kind and number. */
function byDirectionEmitterKind(a: LotView, b: LotView): number {
  return (
    compare(b.lot.direction, a.lot.direction) || compare(a.lot.emitter, b.lot.emitter) || compare(a.lot.kind, b.lot.kind) || a.lot.sequence - b.lot.sequence
  );
}

/** A lot as `--json` has always printed it. */
function lotJson({ lot, counts }: LotView) {
  return {
    direction: lot.direction,
    kind: lot.kind,
    emitter: lot.emitter,
    recipient: lot.recipient,
    sequence: lot.sequence,
    fileName: lot.fileName,
    status: lot.status,
    createdAt: lot.createdAt,
    sentAt: lot.sentAt,
    acknowledgedAt: lot.acknowledgedAt,
    lines: lot.lines,
    rejectedLines: counts.rejected,
  };
}

export function runLots(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, 'alert-days': { type: 'string' } }, strict: true, allowPositionals: true });
  if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\nUsage : cae lots [--alert-days N] [--data-dir DIR] [--json]`);
  const clock = systemClock(io.env);
  clock.today(); // an invalid SOURCE_DATE_EPOCH is refused before the database is opened
  const { db } = openWorkspace(io, values['data-dir'], values.demo);
  try {
    // The day of the Échanges screen: SOURCE_DATE_EPOCH when set, otherwise a demo's reference date, else today.
    const today = workspaceToday(db, clock);
    const days = integerOption(values['alert-days'], '--alert-days', alertDaysOf(db), 1, 3650);
    const overview = lotsOverview(db, today, days);
    const lots = [...overview.lots].sort(byDirectionEmitterKind).map(lotJson);
    const { overdue } = overview;
    if (values.json) {
      io.stdout(`${JSON.stringify({ today, alertDays: days, lots, overdue }, null, 2)}\n`);
      return EXIT.OK;
    }
    if (!lots.length) io.stdout('Aucun lot échangé.\n');
    for (const l of lots) {
      const rejected = l.rejectedLines ? `, ${l.rejectedLines} rejetée(s)` : '';
      const size = l.direction === 'OUT' ? `  ${l.lines} ligne(s)${rejected}` : '';
      io.stdout(`${l.direction === 'OUT' ? 'envoyé ' : 'reçu   '} ${l.fileName}  n° ${l.sequence}  ${statusLabel(l.status)}${size}\n`);
    }
    for (const o of overdue)
      io.stdout(`ALERTE : ${o.fileName} envoyé le ${formatDateFr(o.sentOn)}, sans fichier retour depuis ${o.days} jours (seuil ${days}).\n`);
    return EXIT.OK;
  } finally {
    closeCleanly(db);
  }
}
