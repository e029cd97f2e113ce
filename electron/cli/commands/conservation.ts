/**
 * `cae conservation [--archiver FICHIER] [--data-dir DIR] [--demo …] [--json]`:
 * how many conventions are due under the retention period
 * (docs/protection-des-donnees.md), seen from the workspace's day; with
 * `--archiver FICHIER`, archives them encrypted into FICHIER (a new file)
 * and deletes them, as Paramètres › Conservation des données does. The
 * passphrase comes from the environment variable CAE_PHRASE_ARCHIVE, never
 * from the command line (other users of the machine see command lines).
 */
import { closeCleanly } from '../../db/clean-close';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/domain/retention';
import { formatDateFr } from '../../../shared/format/date';
import { systemClock } from '../../app/context';
import { archiveAndPurge, retentionSummary } from '../../services/retention';
import { workspaceToday } from '../../services/workspace-day';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { COMMON_OPTIONS, openWorkspace, openWorkspaceToWrite, usageGuard } from '../workspace-db';

const USAGE = 'Usage : cae conservation [--archiver FICHIER] [--data-dir DIR] [--demo …] [--json] (phrase de passe dans CAE_PHRASE_ARCHIVE)';
const PASSPHRASE_VARIABLE = 'CAE_PHRASE_ARCHIVE';

const plural = (n: number) => (n < 2 ? 'convention' : 'conventions');

export function runConservation(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, async () => {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, archiver: { type: 'string' } }, strict: true, allowPositionals: true });
    if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\n${USAGE}`);
    const clock = systemClock(io.env);
    clock.today(); // an invalid SOURCE_DATE_EPOCH is refused before the database is opened
    if (values.archiver === undefined) {
      const { db } = openWorkspace(io, values['data-dir'], values.demo);
      try {
        const s = retentionSummary(db, workspaceToday(db, clock));
        if (values.json) io.stdout(`${JSON.stringify(s)}\n`);
        else
          io.stdout(
            `Au ${formatDateFr(s.today)} : ${s.due} ${plural(s.due)} à archiver (fin avant le ${formatDateFr(s.cutoff)}, conservation ${s.years} an(s)).\n`,
          );
        return EXIT.OK;
      } finally {
        closeCleanly(db);
      }
    }
    const passphrase = io.env[PASSPHRASE_VARIABLE] ?? '';
    if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
      throw new CliUsageError(
        `Phrase de passe attendue dans la variable ${PASSPHRASE_VARIABLE}, d'au moins ${PASSPHRASE_MIN_LENGTH} caractères : rien n'a été archivé.`,
      );
    }
    const { db, close } = await openWorkspaceToWrite(io, values['data-dir'], values.demo, 'conservation');
    try {
      const now = clock.now();
      const done = archiveAndPurge(db, path.dirname(db.name), { passphrase, day: workspaceToday(db, clock), now, at: new Date(now), target: values.archiver });
      if (values.json) io.stdout(`${JSON.stringify({ count: done.count, archive: done.archive, sha256: done.sha256, deleted: done.deleted })}\n`);
      else io.stdout(`${done.count} ${plural(done.count)} archivée(s) puis supprimée(s). Archive chiffrée : ${done.archive} (SHA-256 ${done.sha256}).\n`);
      return EXIT.OK;
    } finally {
      close();
    }
  });
}
