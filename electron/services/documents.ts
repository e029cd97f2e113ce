/**
 * Printed documents: the convention in the layout of form CAE-0515 (for the
 * screen and `cae print` alike: `printConvention`) and the dénonciation letter
 * of its latest procedure (the notice of intent, or the decision once the
 * convention is denounced).
 * Bytes travel in base64; the renderer saves them under `fileName`.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { formatVersionNumber } from '../../shared/domain/numbering';
import type { PdfFile } from '../../shared/api/documents-contract';
import { AppError } from '../../shared/api/result';
import { findConvention } from '../db/repositories/conventions/read';
import { latestDenunciation } from '../db/repositories/conventions/denunciations';
import { loadPrintableVersion, type PrintableVersion } from '../documents/database';
import { pdfRenderers } from '../documents/lazy';

function conventionNumber(db: Database, id: number): string {
  const row = findConvention(db, id);
  if (!row) throw new AppError('NOT_FOUND', `La convention n° ${id} n’existe pas (ou plus) dans cet espace de travail.`);
  return row.number;
}

const file = (fileName: string, pdf: Buffer): PdfFile => ({ fileName, base64: pdf.toString('base64') });

/**
 * The convention of that number — its latest version, or version
 * `avenantIndex` — in five copies: the one path of « Imprimer » and `cae print`.
 */
export async function printConvention(db: Database, number: string, avenantIndex?: number): Promise<{ version: PrintableVersion; pdf: Buffer }> {
  const version = loadPrintableVersion(db, number, avenantIndex);
  const { renderConventionPdf } = await pdfRenderers();
  const pdf = await renderConventionPdf({ document: version.document, number: version.number, avenantIndex: version.avenantIndex });
  return { version, pdf };
}

export async function conventionPdf(db: Database, input: { id: number; avenantIndex?: number | undefined }): Promise<PdfFile> {
  const { version, pdf } = await printConvention(db, conventionNumber(db, input.id), input.avenantIndex);
  return file(`convention-${formatVersionNumber(version.number, version.avenantIndex)}.pdf`, pdf);
}

export async function denunciationPdf(db: Database, input: { id: number }): Promise<PdfFile> {
  const number = conventionNumber(db, input.id);
  const procedure = latestDenunciation(db, input.id);
  if (!procedure) {
    throw new AppError('NOT_FOUND', `La convention ${number} n’a pas de procédure de dénonciation : notifiez d’abord l’intention de dénoncer.`);
  }
  const version = loadPrintableVersion(db, number);
  const decidedOn = procedure.decision === 'DENOUNCED' ? procedure.decisionNotifiedOn : null;
  const decided = decidedOn !== null;
  const { renderDenunciationPdf } = await pdfRenderers();
  const pdf = await renderDenunciationPdf({
    number,
    document: version.document,
    stage: decided ? 'DECISION' : 'INTENT',
    letterDate: decidedOn ?? procedure.intentNotifiedOn,
    grounds: procedure.grounds
      .split(/\r?\n/)
      .map((g) => g.trim())
      .filter((g) => g !== ''),
  });
  return file(`${decided ? 'denonciation' : 'intention-denonciation'}-${number}.pdf`, pdf);
}
