/**
 * « Dossier de conventions » on the Employeurs page (agency): the package of
 * one employer written to the workspace's outbox (`envois/`) and returned to
 * be saved where the user wants.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { findEmployerSummary } from '../db/repositories/conventions-read';
import { OUTBOX_FOLDER } from '../sync/files';
import { exportConventionPackage } from '../sync/package-export';

export function exportEmployerPackage(db: Database, folder: string, employerId: number, now: Date): ChannelOutput<'exchange.exportPackage'> {
  const employer = findEmployerSummary(db, employerId);
  if (!employer) throw new AppError('NOT_FOUND', `L’employeur n° ${employerId} n’existe pas (ou plus) dans cet espace de travail.`);
  const result = exportConventionPackage(db, { employerSiret: employer.siret, outDir: path.join(folder, OUTBOX_FOLDER), now });
  return {
    fileName: result.fileName,
    base64: Buffer.from(result.text, 'utf8').toString('base64'),
    conventions: result.conventions.length,
    draftsLeftOut: result.draftsLeftOut,
  };
}
