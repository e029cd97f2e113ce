/** `cae obligations [--toutes] [--data-dir DIR] [--demo employeur] [--json]`: the employer's obligations, as the « Obligations » screen lists them. */
import { closeCleanly } from '../../db/clean-close';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { systemClock } from '../../app/context';
import { obligationList } from '../../services/obligations';
import { workspaceToday } from '../../services/workspace-day';
import type { ObligationItem, ObligationState } from '../../../shared/api/obligations-contract';
import { formatDateFr } from '../../../shared/format/date';
import { CliUsageError, EXIT, type CliIo } from '../io';

const USAGE = 'Usage : cae obligations [--toutes] [--data-dir DIR] [--demo employeur] [--json]';

const STATE_LABELS: Record<ObligationState, string> = { en_retard: 'EN RETARD', a_faire: 'À faire', a_venir: 'À venir', fait: 'Fait' };

function line(i: ObligationItem): string {
  const who = i.person ? ` — ${i.person} (${i.conventionNumber})` : '';
  const limit = i.legalDue && i.legalDue !== i.due ? ` (limite légale le ${formatDateFr(i.legalDue)})` : '';
  const done = i.done ? ` — fait le ${formatDateFr(i.done.on)}, ${i.done.by}` : '';
  return `${STATE_LABELS[i.state].padEnd(9)}  ${formatDateFr(i.due)}  ${i.label}${who}${limit}${done}\n`;
}

export function runObligations(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, toutes: { type: 'boolean' } }, strict: true, allowPositionals: true });
  if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\n${USAGE}`);
  const clock = systemClock(io.env);
  clock.today(); // an invalid SOURCE_DATE_EPOCH is refused before the database is opened
  const { db } = openWorkspace(io, values['data-dir'], values.demo);
  try {
    // The screen's day: SOURCE_DATE_EPOCH when set, otherwise a demo's reference date, else today.
    const today = workspaceToday(db, clock);
    const list = obligationList({ db, now: clock.now, today: () => today }, today);
    if (values.json) {
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return EXIT.OK;
    }
    const { overdue, dueWithin30Days, done } = list.summary;
    io.stdout(`Obligations au ${formatDateFr(today)} : ${overdue} en retard, ${dueWithin30Days} à faire dans les 30 jours, ${done} faite(s).\n`);
    const shown = values.toutes ? list.items : list.items.filter((i) => i.state !== 'fait');
    for (const i of shown) io.stdout(line(i));
    return EXIT.OK;
  } finally {
    closeCleanly(db);
  }
}
