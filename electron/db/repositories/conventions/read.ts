/** Reads of one convention (its row, events, timeline, justifications); its versions are read in versions/read.ts. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import { prepared } from '../../statements';
import type { EventColumns } from '../row-shapes';
import type { NewConvention } from './writes';

export interface ConventionRecord extends Omit<NewConvention, 'at'> {
  id: number;
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
    `SELECT f.name AS fromStatus, t.name AS toStatus, s.on_date AS onDate, a.name AS actor, s.reason, s.created_at AS createdAt
     FROM status_changes s
     LEFT JOIN convention_statuses f ON f.id = s.from_status_id
     JOIN convention_statuses t ON t.id = s.to_status_id
     JOIN actors a ON a.id = s.actor_id
     WHERE s.convention_id = ? ORDER BY s.on_date, s.seq`,
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

/** The convention already holding this number, or this agency code and order number (a number given once). */
export function findConventionNumbered(db: Database, number: string, prescriberCode: string, orderNumber: number): { id: number; number: string } | undefined {
  return prepared<[string, string, number], { id: number; number: string }>(
    db,
    'SELECT id, number FROM conventions WHERE number = ? OR (prescriber_code = ? AND order_number = ?)',
  ).get(number, prescriberCode, orderNumber);
}
