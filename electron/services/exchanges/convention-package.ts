/**
 * « Dossier de conventions » on the Employeurs page (agency): the package of
 * one employer written to the workspace's outbox (`envois/`) and returned to
 * be saved where the user wants; `cae export --package` writes it where asked.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { findEmployerSummary } from '../../db/repositories/conventions/read';
import { OUTBOX_FOLDER } from '../../sync/files';
import { exportConventionPackage, type PackageExportResult } from '../../sync/package/export';

/** The package of the employer of that SIRET written into `outDir` — the one path of « Dossier de conventions » and `cae export --package`. */
export function writeEmployerPackage(db: Database, options: { siret: string; outDir: string; at: Date }): PackageExportResult {
  return exportConventionPackage(db, { employerSiret: options.siret, outDir: options.outDir, now: options.at });
}

export function exportEmployerPackage(db: Database, folder: string, employerId: number, now: Date): ChannelOutput<'exchanges.exportPackage'> {
  const employer = findEmployerSummary(db, employerId);
  if (!employer) throw new AppError('NOT_FOUND', `L’employeur n° ${employerId} n’existe pas (ou plus) dans cet espace de travail.`);
  const result = writeEmployerPackage(db, { siret: employer.siret, outDir: path.join(folder, OUTBOX_FOLDER), at: now });
  return {
    fileName: result.fileName,
    base64: Buffer.from(result.text, 'utf8').toString('base64'),
    conventions: result.conventions.length,
    draftsLeftOut: result.draftsLeftOut,
  };
}
