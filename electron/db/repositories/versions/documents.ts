/**
 * A version's `document` holds its `cae.convention/1` document — all but the
 * NIR, which is personal data stored once, in `employees` — packed
 * (packing.ts), its employer block stored once for every document holding it
 * (document-parts.ts, format 2). Every write of a version stores
 * `splitStoredJson`, packed by its statement (writes.ts); every read goes
 * through `versionDocument` (or `documentJson` for its text).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus, VersionKind } from '../../../../shared/domain/enums';
import { prepared } from '../../statements';
import { documentJson, splitDocument, type SplitDocument } from './document-parts';

export { documentJson };

/** The JSON text a version stores: the document without the employee's NIR. */
export function storedJson(document: Record<string, unknown>): string {
  const employee = document.employee;
  if (employee && typeof employee === 'object' && 'nir' in employee) {
    const { nir: _stored, ...rest } = employee as Record<string, unknown>;
    return JSON.stringify(Object.assign({}, document, { employee: rest }));
  }
  return JSON.stringify(document);
}

/** What a write of a version binds (writes.ts): storedJson, its employer block apart. */
export function splitStoredJson(document: Record<string, unknown>): SplitDocument {
  return splitDocument(document, storedJson);
}

/** The NIR of a convention's employee, from the one place it is stored. */
export function conventionNir(db: Database, conventionId: number): string | null {
  const row = prepared<[number], { nir: string | null }>(db, 'SELECT e.nir FROM conventions c JOIN employees e ON e.id = c.employee_id WHERE c.id = ?').get(
    conventionId,
  );
  return row?.nir ?? null;
}

/** The stored document with the employee's NIR put back. */
export function versionDocument(db: Database, stored: Uint8Array, nir: string | null): Record<string, unknown> {
  const document = JSON.parse(documentJson(db, stored)) as Record<string, unknown>;
  const employee = document.employee;
  if (nir && employee && typeof employee === 'object') document.employee = Object.assign({}, employee, { nir });
  return document;
}

export interface StoredVersion {
  avenantIndex: number;
  kind: VersionKind;
  document: Buffer;
}

/** A convention by its number, with its employee's NIR and its versions' stored documents, the initial version first. */
export function conventionVersionsByNumber(db: Database, number: string): { number: string; nir: string | null; versions: StoredVersion[] } | undefined {
  const convention = prepared<[string], { id: number; number: string; nir: string | null }>(
    db,
    'SELECT c.id, c.number, e.nir FROM conventions c JOIN employees e ON e.id = c.employee_id WHERE c.number = ?',
  ).get(number);
  if (!convention) return undefined;
  const versions = prepared<[number], StoredVersion>(
    db,
    'SELECT avenant_index AS avenantIndex, kind, document FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index',
  ).all(convention.id);
  return { number: convention.number, nir: convention.nir, versions };
}

/** A convention with its current version's stored document and its employee's NIR. */
export interface CurrentDocumentRow {
  id: number;
  number: string;
  status: ConventionStatus;
  nir: string | null;
  document: Buffer;
}

/**
 * Conventions after `afterId`, by id, `limit` at a time, each with its
 * current version (the highest avenant index): the pages of a walk over the
 * whole workspace (`cae check --all`). Read inside one read transaction.
 */
export function currentDocumentsAfter(db: Database, afterId: number, limit: number): CurrentDocumentRow[] {
  return prepared<[number, number], CurrentDocumentRow>(
    db,
    `SELECT c.id, c.number, c.status, e.nir, v.document
     FROM conventions c
     JOIN employees e ON e.id = c.employee_id
     JOIN convention_versions v ON v.convention_id = c.id
      AND v.avenant_index = (SELECT max(lv.avenant_index) FROM convention_versions lv WHERE lv.convention_id = c.id)
     WHERE c.id > ? ORDER BY c.id LIMIT ?`,
  ).all(afterId, limit);
}

/** The conventions `currentDocumentsAfter` walks: those with a version (the total of its progress). */
export function countConventionsWithVersion(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(DISTINCT convention_id) AS n FROM convention_versions').get()!.n;
}
