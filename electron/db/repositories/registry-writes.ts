/**
 * Inserts for the registries and conventions. Callers run them inside one
 * transaction (`inTransaction`); each returns the new row id.
 */
import type { Database } from 'better-sqlite3';
import type { ConventionStatus, EventKind } from '../../../shared/domain/enums';
import type { EmployerStatus, Measure } from '../../../shared/rules/vocabulary';
import { prepared } from '../statements';
import type { VersionColumns } from './row-shapes';
import { storedDetails } from './versions/documents';

export interface NewEmployer {
  siret: string;
  name: string;
  status: EmployerStatus;
  collector: 'URSSAF' | 'MSA' | 'AUTRE';
  address: string | null;
  postalCode: string | null;
  city: string | null;
  department: string | null;
  iban: string | null;
  at: string;
}

export function insertEmployer(db: Database, e: NewEmployer): number {
  return Number(
    prepared(
      db,
      `INSERT INTO employers (siret, name, status, collector, address, postal_code, city, department, iban, created_at, updated_at)
       VALUES (@siret, @name, @status, @collector, @address, @postalCode, @city, @department, @iban, @at, @at)`,
    ).run(e).lastInsertRowid,
  );
}

export interface NewEmployee {
  nir: string | null;
  civility: 'M' | 'MME' | 'MLLE';
  lastName: string;
  birthName: string | null;
  firstNames: string;
  birthDate: string;
  birthPlace: string | null;
  birthDepartment: string | null;
  nationality: string | null;
  educationLevel: string | null;
  at: string;
}

export function insertEmployee(db: Database, e: NewEmployee): number {
  return Number(
    prepared(
      db,
      `INSERT INTO employees (nir, civility, last_name, birth_name, first_names, birth_date, birth_place, birth_department,
                              nationality, education_level, created_at, updated_at)
       VALUES (@nir, @civility, @lastName, @birthName, @firstNames, @birthDate, @birthPlace, @birthDepartment,
               @nationality, @educationLevel, @at, @at)`,
    ).run(e).lastInsertRowid,
  );
}

export interface NewConvention {
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
  at: string;
}

export function insertConvention(db: Database, c: NewConvention): number {
  return Number(
    prepared(
      db,
      `INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id,
                                status, starts_on, ends_on, created_at, updated_at)
       VALUES (@number, @measure, @department, @prescriberCode, @orderNumber, @employerId, @employeeId,
               @status, @startsOn, @endsOn, @at, @at)`,
    ).run(c).lastInsertRowid,
  );
}

export interface NewVersion extends VersionColumns {
  conventionId: number;
  avenantIndex: number;
  employerId: number;
  details: Record<string, unknown>;
  at: string;
}

export function insertVersion(db: Database, v: NewVersion): number {
  return Number(
    prepared(
      db,
      `INSERT INTO convention_versions (convention_id, avenant_index, kind, employer_id, filed_on, signed_on, starts_on, ends_on,
         contract_type, hired_on, rome_code, job_title, monthly_gross_cents, aid_rate_bp, total_aid_cents, details, created_at)
       VALUES (@conventionId, @avenantIndex, @kind, @employerId, @filedOn, @signedOn, @startsOn, @endsOn,
         @contractType, @hiredOn, @romeCode, @jobTitle, @monthlyGrossCents, @aidRateBp, @totalAidCents, @details, @at)`,
    ).run({ ...v, details: storedDetails(v.details) }).lastInsertRowid,
  );
}

export interface NewStatusChange {
  conventionId: number;
  fromStatus: ConventionStatus | null;
  toStatus: ConventionStatus;
  onDate: string;
  actor: string;
  reason: string | null;
  at: string;
}

export function insertStatusChange(db: Database, s: NewStatusChange): void {
  prepared(
    db,
    `INSERT INTO status_changes (convention_id, from_status, to_status, on_date, actor, reason, created_at)
     VALUES (@conventionId, @fromStatus, @toStatus, @onDate, @actor, @reason, @at)`,
  ).run(s);
}

export interface NewEvent {
  conventionId: number;
  kind: EventKind;
  occurredOn: string;
  endsOn: string | null;
  reason: string | null;
  initiative: 'EMPLOYEE' | 'EMPLOYER' | null;
  paid: boolean | null;
  newEmployerId: number | null;
  reportedOn: string | null;
  at: string;
}

/** Returns the new event's id. */
export function insertEvent(db: Database, e: NewEvent): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO contract_events (convention_id, kind, occurred_on, ends_on, reason, initiative, paid,
                                  new_employer_id, reported_on, created_at)
     VALUES (@conventionId, @kind, @occurredOn, @endsOn, @reason, @initiative, @paid,
             @newEmployerId, @reportedOn, @at)`,
  ).run({ ...e, paid: e.paid === null ? null : e.paid ? 1 : 0 });
  return Number(lastInsertRowid);
}

export interface NewAidRate {
  measure: Measure;
  department: string;
  employerCategory: string | null;
  rateBp: number;
  validFrom: string;
  validTo: string | null;
  reference: string;
}

export function insertAidRate(db: Database, r: NewAidRate): void {
  prepared(
    db,
    `INSERT INTO aid_rates (measure, department, employer_category, rate_bp, valid_from, valid_to, reference)
     VALUES (@measure, @department, @employerCategory, @rateBp, @validFrom, @validTo, @reference)`,
  ).run(r);
}
