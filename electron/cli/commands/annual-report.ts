/**
 * `cae rapport-annuel --year AAAA [--out FICHIER.pdf] [--data-dir DIR] [--demo employeur]`:
 * the employer's yearly report to the staff representatives (former art.
 * L322-4-7 II), the same PDF as the « Personnel » screen, seen from the
 * workspace's day. Exit 1 when there is no report to make for that year.
 */
import { closeCleanly } from '../../db/clean-close';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentChannels } from '../../../shared/api/documents-contract';
import { AppError } from '../../../shared/api/result';
import { systemClock } from '../../app/context';
import { staffRepresentativesReportPdf } from '../../services/staff-representatives-report';
import { workspaceToday } from '../../services/workspace-day';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';
import { checkDestination, writeAtomically, writeError } from '../write-output';

const USAGE = 'Usage : cae rapport-annuel --year AAAA [--out FICHIER.pdf] [--data-dir DIR] [--demo employeur]';

function yearOf(raw: string | undefined): number {
  if (raw === undefined) throw new CliUsageError(`Indiquez l’année du rapport avec --year AAAA.\n${USAGE}`);
  const parsed = documentChannels['documents.staffRepresentativesReportPdf'].input.safeParse({ year: /^\d+$/.test(raw) ? Number(raw) : raw });
  if (!parsed.success) throw new CliUsageError(`--year : ${parsed.error.issues[0]?.message ?? 'année invalide'} ; reçu « ${raw} ».`);
  return parsed.data.year;
}

export function runAnnualReport(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, () => run(args, io));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'data-dir': COMMON_OPTIONS['data-dir'], demo: COMMON_OPTIONS.demo, year: { type: 'string' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\n${USAGE}`);
  const year = yearOf(values.year);
  const clock = systemClock(io.env);
  clock.today(); // an invalid SOURCE_DATE_EPOCH is refused before the database is opened
  if (values.out !== undefined) {
    const chosen = path.resolve(io.cwd, values.out);
    try {
      await checkDestination(chosen);
    } catch (e) {
      io.stderr(writeError(chosen, e));
      return EXIT.USAGE;
    }
  }
  const { db } = openWorkspace(io, values['data-dir'], values.demo);
  let file;
  try {
    // The screen's day: SOURCE_DATE_EPOCH when set, otherwise a demo's reference date, else today.
    const today = workspaceToday(db, clock);
    file = await staffRepresentativesReportPdf({ db, now: clock.now, today: () => today }, { year });
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'CONFLICT') throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.REJECTED;
  } finally {
    closeCleanly(db);
  }
  const target = path.resolve(io.cwd, values.out ?? file.fileName);
  const pdf = Buffer.from(file.base64, 'base64');
  try {
    await writeAtomically(target, pdf);
  } catch (e) {
    io.stderr(writeError(target, e));
    return EXIT.USAGE;
  }
  io.stdout(`Rapport annuel ${year} aux représentants du personnel (${Math.ceil(pdf.length / 1024)} Ko) : ${target}\n`);
  return EXIT.OK;
}
