/** Reads a convention version from the workspace database for printing: its `details` hold the full `cae.convention/1` document. */
import type { Database } from 'better-sqlite3';
import type { VersionKind } from '../../shared/domain/enums';
import { validateConvention, type ConventionDocument } from '../../shared/rules/index';
import { versionDocument } from '../db/repositories/version-documents';

export interface PrintableVersion {
  number: string;
  avenantIndex: number;
  kind: VersionKind;
  document: ConventionDocument;
  /** The document of the version before, for an avenant. */
  previous: ConventionDocument | undefined;
}

export type LoadResult =
  | { ok: true; version: PrintableVersion }
  | { ok: false; reason: 'UNKNOWN_NUMBER' | 'UNKNOWN_AVENANT' | 'INVALID_DETAILS'; message: string };

interface VersionRow {
  avenant_index: number;
  kind: VersionKind;
  details: string;
}

function parseDetails(details: string, nir: string | null, label: string): { ok: true; document: ConventionDocument } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = versionDocument(details, nir);
  } catch {
    return { ok: false, message: `La version ${label} n’a pas de document lisible (JSON invalide).` };
  }
  const r = validateConvention(value);
  return r.ok ? { ok: true, document: r.document } : { ok: false, message: `La version ${label} n’est pas une convention « cae.convention/1 » valide : ${r.errors.join(' ; ')}` };
}

/** The latest version of a convention, or version `avenantIndex` (0 = initial convention). */
export function loadPrintableVersion(db: Database, number: string, avenantIndex?: number): LoadResult {
  const convention = db
    .prepare<[string], { id: number; number: string; nir: string | null }>(
      'SELECT c.id, c.number, e.nir FROM conventions c JOIN employees e ON e.id = c.employee_id WHERE c.number = ?',
    )
    .get(number);
  if (!convention) return { ok: false, reason: 'UNKNOWN_NUMBER', message: `Aucune convention ne porte le numéro « ${number} ».` };
  const rows = db
    .prepare<[number], VersionRow>('SELECT avenant_index, kind, details FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index')
    .all(convention.id);
  const row = avenantIndex === undefined ? rows[rows.length - 1] : rows.find((r) => r.avenant_index === avenantIndex);
  if (!row) {
    const known = rows.map((r) => String(r.avenant_index)).join(', ') || 'aucune';
    return { ok: false, reason: 'UNKNOWN_AVENANT', message: `La convention ${number} n’a pas de version ${avenantIndex ?? ''} (versions connues : ${known}).` };
  }
  const label = `${number}-${String(row.avenant_index).padStart(2, '0')}`;
  const doc = parseDetails(row.details, convention.nir, label);
  if (!doc.ok) return { ok: false, reason: 'INVALID_DETAILS', message: doc.message };
  const before = rows.filter((r) => r.avenant_index < row.avenant_index).pop();
  let previous: ConventionDocument | undefined;
  if (before) {
    const p = parseDetails(before.details, convention.nir, `${number}-${String(before.avenant_index).padStart(2, '0')}`);
    if (!p.ok) return { ok: false, reason: 'INVALID_DETAILS', message: p.message };
    previous = p.document;
  }
  return { ok: true, version: { number: convention.number, avenantIndex: row.avenant_index, kind: row.kind, document: doc.document, previous } };
}
