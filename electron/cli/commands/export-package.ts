/** `cae export --to DIR --package SIRET`: the convention package of one employer (agency → employer). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/api/result';
import { writeEmployerPackage } from '../../services/exchanges/convention-package';
import { recoveredMessage } from '../../sync/export';
import { EXIT, type CliIo } from '../io';

/**
 * Exit 0 with the file written; 1 when the content is refused (no signed
 * convention, a convention that does not fit the schema: CONFLICT). Other
 * refusals — an agency workspace without agency code, an employer
 * workspace, an unknown SIRET — are usage errors (2, usageGuard).
 */
export function exportPackage(db: Database, io: CliIo, options: { siret: string; outDir: string; now: Date; json: boolean }): number {
  let result: ReturnType<typeof writeEmployerPackage>;
  try {
    result = writeEmployerPackage(db, { siret: options.siret, outDir: options.outDir, at: options.now });
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'CONFLICT') throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.REJECTED;
  }
  const { text: _text, ...summary } = result;
  if (options.json) {
    io.stdout(`${JSON.stringify({ outDir: options.outDir, ...summary }, null, 2)}\n`);
    return EXIT.OK;
  }
  for (const r of result.recovered) io.stdout(`${recoveredMessage(r, 'package')}\n`);
  io.stdout(
    `${result.file} : dossier de conventions n° ${result.sequence} pour ${result.recipient.name} (SIRET ${result.recipient.siret}), ` +
      `${result.conventions.length} convention(s), ${result.draftsLeftOut} brouillon(s) ou convention(s) à signer laissé(s) de côté.\n`,
  );
  io.stdout('Ce fichier contient des données personnelles (NIR) : transmettez-le à l’employeur par un moyen sûr.\n');
  return EXIT.OK;
}
