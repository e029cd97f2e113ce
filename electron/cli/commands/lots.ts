/** `cae lots [--alert-days N] [--data-dir DIR] [--json]`: the exchange lots, their statuses, and the late returns. */
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { workspaceToday } from '../../services/dashboard';
import { exchangeNow } from '../../sync/files';
import { lotSummaries, overdueLots } from '../../sync/lots';
import { DEFAULT_ALERT_DAYS, EXCHANGE_SETTINGS, settingNumber } from '../../sync/workspace-id';
import { LOT_STATUS_LABELS, type LotStatus } from '../../../shared/domain/enums';
import { formatDateFr } from '../../../shared/format/date';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { integerOption } from '../options';

/** « Partiellement rejeté »: the text output speaks French; `--json` keeps the codes. */
function statusLabel(status: string): string {
  return status in LOT_STATUS_LABELS ? LOT_STATUS_LABELS[status as LotStatus] : status;
}

export function runLots(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, 'alert-days': { type: 'string' } }, strict: true, allowPositionals: true });
  if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\nUsage : cae lots [--alert-days N] [--data-dir DIR] [--json]`);
  const clock = exchangeNow(io.env).toISOString().slice(0, 10);
  const { db } = openWorkspace(io, values['data-dir'], values.demo);
  try {
    // SOURCE_DATE_EPOCH, when set, is the day; otherwise a demo is seen from its reference date, like on screen.
    const today = io.env.SOURCE_DATE_EPOCH ? clock : workspaceToday(db, clock);
    const days = integerOption(values['alert-days'], '--alert-days', settingNumber(db, EXCHANGE_SETTINGS.returnAlertDays, DEFAULT_ALERT_DAYS), 1, 3650);
    const lots = lotSummaries(db);
    const overdue = overdueLots(db, today, days);
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
    for (const o of overdue) io.stdout(`ALERTE : ${o.fileName} envoyé le ${formatDateFr(o.sentOn)}, sans fichier retour depuis ${o.days} jours (seuil ${days}).\n`);
    return EXIT.OK;
  } finally {
    db.close();
  }
}
