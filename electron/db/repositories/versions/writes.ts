/**
 * Every write of the `convention_versions` table (a test keeps them here):
 * a new version, a version rewritten in place (a draft's, a correction's, the
 * agency's in a convention package), its document gaining reported facts, a
 * draft's versions deleted. Each stores the document's JSON as `storedJson`
 * gives it (documents.ts), its employer block stored once (document-parts.ts),
 * the rest packed by its statement (`cae_pack_version_document`, packing.ts).
 * Callers run them inside one transaction (`inTransaction`).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import type { VersionColumns } from '../row-shapes';
import { splitStoredJson } from './documents';
import { PACKED_DOCUMENT_SQL, storeDocumentPart } from './document-parts';
import { instantMs } from '../../instants';

export interface NewVersion extends VersionColumns {
  conventionId: number;
  avenantIndex: number;
  employerId: number;
  details: Record<string, unknown>;
  at: string;
}

/**
 * The document's parameters of a write (@document, @partDigest), its employer block stored first. `storedParts`: the
 * blocks (digests in hexadecimal) this same transaction has stored already, whose write is then skipped — a large
 * demo, one transaction, names a few thousand employers in a hundred thousand versions.
 */
function bound(db: Database, details: Record<string, unknown>, storedParts?: Set<string>): { document: string; partDigest: Buffer | null } {
  const split = splitStoredJson(details);
  const key = split.partDigest?.toString('hex');
  if (storedParts === undefined || key === undefined || !storedParts.has(key)) {
    storeDocumentPart(db, split);
    if (key !== undefined) storedParts?.add(key);
  }
  return { document: split.json, partDigest: split.partDigest };
}

/** Returns the new version's id. `storedParts`: see `bound`, for writes that all belong to one transaction. */
export function insertVersion(db: Database, v: NewVersion, storedParts?: Set<string>): number {
  return Number(
    prepared(
      db,
      `INSERT INTO convention_versions (convention_id, avenant_index, kind, employer_id, filed_on, signed_on, starts_on, ends_on,
         contract_type, monthly_gross_cents, aid_rate_bp, total_aid_cents, document, created_ms)
       VALUES (@conventionId, @avenantIndex, @kind, @employerId, @filedOn, @signedOn, @startsOn, @endsOn,
         @contractType, @monthlyGrossCents, @aidRateBp, @totalAidCents, ${PACKED_DOCUMENT_SQL}, ${instantMs('@at')})`,
    ).run(Object.assign({}, v, bound(db, v.details, storedParts))).lastInsertRowid,
  );
}

/** Rewrites a version in place: only a draft's version, or the current version's reported facts. */
export function updateVersion(db: Database, id: number, v: Omit<NewVersion, 'conventionId' | 'avenantIndex' | 'kind' | 'at'>): void {
  prepared(
    db,
    `UPDATE convention_versions SET employer_id = @employerId, filed_on = @filedOn, signed_on = @signedOn, starts_on = @startsOn,
       ends_on = @endsOn, contract_type = @contractType, monthly_gross_cents = @monthlyGrossCents, aid_rate_bp = @aidRateBp, total_aid_cents = @totalAidCents, document = ${PACKED_DOCUMENT_SQL}
     WHERE id = @id`,
  ).run(Object.assign({}, v, { id }, bound(db, v.details)));
}

/** A version as the agency sends it in a convention package, to replace the local row. */
export type VersionRowUpdate = Omit<NewVersion, 'conventionId' | 'avenantIndex' | 'at'>;

/** Replaces a version with the agency's (same avenant index, same row: its justifications stay attached). */
export function replaceVersionRow(db: Database, id: number, v: VersionRowUpdate): void {
  prepared(
    db,
    `UPDATE convention_versions SET kind = @kind, employer_id = @employerId, filed_on = @filedOn, signed_on = @signedOn, starts_on = @startsOn,
       ends_on = @endsOn, contract_type = @contractType, monthly_gross_cents = @monthlyGrossCents, aid_rate_bp = @aidRateBp, total_aid_cents = @totalAidCents, document = ${PACKED_DOCUMENT_SQL}
     WHERE id = @id`,
  ).run(Object.assign({}, v, { id }, bound(db, v.details)));
}

/** The current version's document gains reported facts (signature date, events, dénonciation dates). */
export function setVersionDocument(db: Database, versionId: number, details: Record<string, unknown>, signedOn?: string): void {
  prepared(db, `UPDATE convention_versions SET document = ${PACKED_DOCUMENT_SQL}, signed_on = coalesce(@signedOn, signed_on) WHERE id = @id`).run(
    Object.assign({}, bound(db, details), { signedOn: signedOn ?? null, id: versionId }),
  );
}

/** A deleted draft's versions, with the warning justifications hanging on them. */
export function deleteVersionsOf(db: Database, conventionId: number): void {
  prepared(db, 'DELETE FROM warning_justifications WHERE version_id IN (SELECT id FROM convention_versions WHERE convention_id = ?)').run(conventionId);
  prepared(db, 'DELETE FROM convention_versions WHERE convention_id = ?').run(conventionId);
}
