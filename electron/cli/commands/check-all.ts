/**
 * `cae check --all [--data-dir DIR] [--demo …] [--json] [--today AAAA-MM-JJ]`:
 * every convention of a workspace checked by the rules, as its page checks it.
 * Exit 0 when no signed convention has an error, 1 otherwise (a draft's
 * missing fields are work in progress: counted and listed, not a failure). Long checks (10,000 conventions
 * and more) tell their progress on stderr; stdout keeps the report.
 */
import { formatInteger } from '../../../shared/format/integer';
import { closeCleanly } from '../../db/clean-close';
import { AppError } from '../../../shared/api/result';
import { CONVENTION_STATUS_LABELS, isSigned } from '../../../shared/domain/enums';
import { formatDateFr } from '../../../shared/format/date';
import { systemClock } from '../../app/context';
import { checkAllConventions, type CheckAllReport } from '../../services/conventions/check-all';
import { progressOnStderr } from '../progress';
import { workspaceToday } from '../../services/workspace-day';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { openWorkspace } from '../workspace-db';

/** Conventions with an error listed in the text report (all of them in --json). */
const LISTED = 50;

const SEVERITY: Record<string, string> = { error: 'erreur', warning: 'avertissement', info: 'information' };

export interface CheckAllOptions {
  dataDir: string | undefined;
  demo: string | undefined;
  json: boolean;
  today: string | undefined;
}

export function runCheckAll(options: CheckAllOptions, io: CliIo): number {
  const clock = systemClock(io.env);
  let db;
  try {
    clock.today(); // an invalid SOURCE_DATE_EPOCH is refused before the database is opened
    ({ db } = openWorkspace(io, options.dataDir, options.demo));
  } catch (e) {
    if (!(e instanceof CliUsageError) && !(e instanceof AppError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.USAGE;
  }
  let report: CheckAllReport;
  try {
    // The day the conventions are seen from: --today, else the screen's day (a demo's reference date, SOURCE_DATE_EPOCH, today).
    const today = options.today ?? workspaceToday(db, clock);
    report = checkAllConventions(db, today, progressOnStderr(io, 'check'));
  } finally {
    closeCleanly(db);
  }
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
  return report.signedWithErrors === 0 ? EXIT.OK : EXIT.REJECTED;
}

function reportText(r: CheckAllReport): string {
  const lines = [
    `Vérification des conventions au ${formatDateFr(r.today)} : ${formatInteger(r.checked)} convention(s) vérifiée(s).`,
    `${formatInteger(r.withErrors)} avec au moins une erreur (dont ${formatInteger(r.signedWithErrors)} signée(s)), ` +
      `${formatInteger(r.withWarningsOnly)} avec des avertissements seulement.`,
  ];
  const shown = r.tallies.filter((t) => t.severity !== 'info');
  if (shown.length > 0) {
    lines.push('', 'Constats, du plus fréquent au moins fréquent :');
    for (const t of shown) lines.push(`  ${t.code} (${SEVERITY[t.severity]}) : ${formatInteger(t.conventions)} convention(s)`);
  }
  // Signed conventions first: their aid is committed; a draft's missing fields are work in progress.
  const withErrors = r.flagged.filter((c) => c.errors.length > 0).sort((a, b) => Number(isSigned(b.status)) - Number(isSigned(a.status)));
  if (withErrors.length > 0) {
    lines.push('', 'Conventions avec une erreur (les signées d’abord) :');
    for (const c of withErrors.slice(0, LISTED)) lines.push(`  ${c.number} (${CONVENTION_STATUS_LABELS[c.status]}) : ${c.errors.join(', ')}`);
    if (withErrors.length > LISTED) lines.push(`  … et ${formatInteger(withErrors.length - LISTED)} autre(s) : --json les donne toutes.`);
  }
  return `${lines.join('\n')}\n`;
}
