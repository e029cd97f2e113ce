/**
 * Plain reads of the `convention_versions` table: a convention's versions,
 * one version's identity. Reads joining versions to other tables for a list
 * (the conventions export: conventions/export-rows.ts), an exchange file or
 * a package stay with them (exchanges/, conventions/alerts.ts).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import type { VersionColumns } from '../row-shapes';

export type VersionAmounts = Pick<VersionColumns, 'monthlyGrossCents' | 'aidRateBp' | 'totalAidCents'>;

/** A stored version; `document` is its stored document, packed, without the NIR (documents.ts). */
export interface VersionRecord extends Pick<VersionColumns, 'kind' | 'filedOn' | 'signedOn' | 'startsOn' | 'endsOn'>, VersionAmounts {
  id: number;
  avenantIndex: number;
  employerId: number;
  document: Buffer;
  createdAt: string;
}

/** A convention's versions, the initial one first. */
export function listVersions(db: Database, conventionId: number): VersionRecord[] {
  return prepared<[number], VersionRecord>(
    db,
    `SELECT id, avenant_index AS avenantIndex, kind, employer_id AS employerId, filed_on AS filedOn, signed_on AS signedOn,
            starts_on AS startsOn, ends_on AS endsOn, monthly_gross_cents AS monthlyGrossCents,
            aid_rate_bp AS aidRateBp, total_aid_cents AS totalAidCents, document, created_at AS createdAt
     FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index`,
  ).all(conventionId);
}

export interface VersionIdentity {
  versionId: number;
  conventionId: number;
  avenantIndex: number;
  kind: string;
  latest: number;
}

/** A version, its convention, and whether it is the convention's latest version. */
export function findVersionIdentity(db: Database, versionId: number): VersionIdentity | undefined {
  return prepared<[number], VersionIdentity>(
    db,
    `SELECT v.id AS versionId, v.convention_id AS conventionId, v.avenant_index AS avenantIndex, v.kind,
            v.avenant_index = (SELECT max(w.avenant_index) FROM convention_versions w WHERE w.convention_id = v.convention_id) AS latest
     FROM convention_versions v WHERE v.id = ?`,
  ).get(versionId);
}
