/** Reads of one convention (its row, versions with their full documents, events, timeline, justifications), and the latest amounts of every convention. */
import type { Database } from 'better-sqlite3';
import type { ConventionStatus, VersionKind } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared } from '../../statements';
import type { EventColumns } from '../row-shapes';

export interface ConventionRecord {
  id: number;
  number: string;
  measure: Measure;
  department: string;
  prescriberCode: string;
  orderNumber: number;
  employerId: number;
  employeeId: number;
  status: ConventionStatus;
  startsOn: string;
  endsOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export function findConvention(db: Database, id: number): ConventionRecord | undefined {
  return prepared<[number], ConventionRecord>(
    db,
    `SELECT id, number, measure, department, prescriber_code AS prescriberCode, order_number AS orderNumber,
            employer_id AS employerId, employee_id AS employeeId, status, starts_on AS startsOn, ends_on AS endsOn,
            created_at AS createdAt, updated_at AS updatedAt
     FROM conventions WHERE id = ?`,
  ).get(id);
}

export interface VersionRecord {
  id: number;
  avenantIndex: number;
  kind: VersionKind;
  employerId: number;
  filedOn: string | null;
  signedOn: string | null;
  startsOn: string;
  endsOn: string | null;
  monthlyGrossCents: number | null;
  aidRateBp: number | null;
  totalAidCents: number | null;
  details: string;
  createdAt: string;
}

export function listVersions(db: Database, conventionId: number): VersionRecord[] {
  return prepared<[number], VersionRecord>(
    db,
    `SELECT id, avenant_index AS avenantIndex, kind, employer_id AS employerId, filed_on AS filedOn, signed_on AS signedOn,
            starts_on AS startsOn, ends_on AS endsOn, monthly_gross_cents AS monthlyGrossCents,
            aid_rate_bp AS aidRateBp, total_aid_cents AS totalAidCents, details, created_at AS createdAt
     FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index`,
  ).all(conventionId);
}

export interface EventRecord extends EventColumns {
  id: number;
  newEmployerId: number | null;
}

export function listEvents(db: Database, conventionId: number): EventRecord[] {
  return prepared<[number], EventRecord>(
    db,
    `SELECT id, kind, occurred_on AS occurredOn, ends_on AS endsOn, reason, initiative, paid,
            new_employer_id AS newEmployerId, reported_on AS reportedOn
     FROM contract_events WHERE convention_id = ? ORDER BY occurred_on, id`,
  ).all(conventionId);
}

export interface StatusChangeRecord {
  fromStatus: ConventionStatus | null;
  toStatus: ConventionStatus;
  onDate: string;
  actor: string;
  reason: string | null;
  createdAt: string;
}

export function listStatusChanges(db: Database, conventionId: number): StatusChangeRecord[] {
  return prepared<[number], StatusChangeRecord>(
    db,
    `SELECT from_status AS fromStatus, to_status AS toStatus, on_date AS onDate, actor, reason, created_at AS createdAt
     FROM status_changes WHERE convention_id = ? ORDER BY on_date, id`,
  ).all(conventionId);
}

export interface JustificationRecord {
  versionId: number;
  code: string;
  text: string;
  by: string;
  at: string;
}

export function listJustifications(db: Database, conventionId: number): JustificationRecord[] {
  return prepared<[number], JustificationRecord>(
    db,
    `SELECT j.version_id AS versionId, j.finding_code AS code, j.text, j.justified_by AS "by", j.justified_at AS "at"
     FROM warning_justifications j JOIN convention_versions v ON v.id = j.version_id
     WHERE v.convention_id = ? ORDER BY v.avenant_index, j.finding_code`,
  ).all(conventionId);
}

export function findEmployerSummary(db: Database, id: number): { id: number; siret: string; name: string } | undefined {
  return prepared<[number], { id: number; siret: string; name: string }>(db, 'SELECT id, siret, name FROM employers WHERE id = ?').get(id);
}

export function findEmployeeSummary(db: Database, id: number): { id: number; lastName: string; firstNames: string; nir: string | null } | undefined {
  return prepared<[number], { id: number; lastName: string; firstNames: string; nir: string | null }>(
    db,
    'SELECT id, last_name AS lastName, first_names AS firstNames, nir FROM employees WHERE id = ?',
  ).get(id);
}

export function findEmployerIdBySiret(db: Database, siret: string): number | null {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM employers WHERE siret = ?').get(siret)?.id ?? null;
}

export interface VersionAmounts {
  monthlyGrossCents: number | null;
  aidRateBp: number | null;
  totalAidCents: number | null;
}

/** The money figures of every convention's latest version (initial or last avenant). */
export function latestVersionAmounts(db: Database): (VersionAmounts & { conventionId: number })[] {
  return prepared<[], VersionAmounts & { conventionId: number }>(
    db,
    `SELECT v.convention_id AS conventionId, v.monthly_gross_cents AS monthlyGrossCents,
            v.aid_rate_bp AS aidRateBp, v.total_aid_cents AS totalAidCents
     FROM convention_versions v
     WHERE v.avenant_index = (SELECT max(w.avenant_index) FROM convention_versions w WHERE w.convention_id = v.convention_id)`,
  ).all();
}
