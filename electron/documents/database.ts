/**
 * Reads a convention version from the workspace database for printing: its
 * `document` holds the full `cae.convention/1` document (packed). An unknown number or
 * version is NOT_FOUND; a stored document that is not a valid convention is
 * CONFLICT — both with a French message.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { formatVersionNumber } from '../../shared/domain/numbering';
import { AppError } from '../../shared/api/result';
import type { VersionKind } from '../../shared/domain/enums';
import { validateConvention, type ConventionDocument } from '../../shared/rules/index';
import { conventionVersionsByNumber, versionDocument } from '../db/repositories/versions/documents';

export interface PrintableVersion {
  number: string;
  avenantIndex: number;
  kind: VersionKind;
  document: ConventionDocument;
  /** The document of the version before, for an avenant. */
  previous: ConventionDocument | undefined;
}

function parsedDocument(db: Database, stored: Uint8Array, nir: string | null, label: string): ConventionDocument {
  let value: unknown;
  try {
    value = versionDocument(db, stored, nir);
  } catch {
    throw new AppError('CONFLICT', `La version ${label} n’a pas de document lisible (document abîmé ou JSON invalide).`);
  }
  const r = validateConvention(value);
  if (!r.ok) throw new AppError('CONFLICT', `La version ${label} n’est pas une convention « cae.convention/1 » valide : ${r.errors.join(' ; ')}`);
  return r.document;
}

/** The latest version of a convention, or version `avenantIndex` (0 = initial convention). */
export function loadPrintableVersion(db: Database, number: string, avenantIndex?: number): PrintableVersion {
  const convention = conventionVersionsByNumber(db, number);
  if (!convention) throw new AppError('NOT_FOUND', `Aucune convention ne porte le numéro « ${number} ».`);
  const { versions, nir } = convention;
  const row = avenantIndex === undefined ? versions[versions.length - 1] : versions.find((v) => v.avenantIndex === avenantIndex);
  if (!row) {
    const known = versions.map((v) => String(v.avenantIndex)).join(', ') || 'aucune';
    throw new AppError('NOT_FOUND', `La convention ${number} n’a pas de version ${avenantIndex ?? ''} (versions connues : ${known}).`);
  }
  const document = parsedDocument(db, row.document, nir, formatVersionNumber(number, row.avenantIndex));
  const before = versions.filter((v) => v.avenantIndex < row.avenantIndex).pop();
  const previous = before ? parsedDocument(db, before.document, nir, formatVersionNumber(number, before.avenantIndex)) : undefined;
  return { number: convention.number, avenantIndex: row.avenantIndex, kind: row.kind, document, previous };
}
