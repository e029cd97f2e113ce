/**
 * Writes of the convention workflow (drafts, signature, avenants, events).
 * Callers run them inside one transaction (`inTransaction`).
 */
import type { Database } from 'better-sqlite3';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared } from '../../statements';
import { storedDetails } from '../versions/documents';
import type { NewEmployee, NewEmployer, NewVersion } from '../registry-writes';

/**
 * The next order number of an agency (department + prescriber code). The
 * counter only grows, so a deleted draft's number is never given again; it
 * also never falls behind a number already in `conventions` (the UNIQUE
 * constraint there is per prescriber code).
 */
export function takeOrderNumber(db: Database, department: string, prescriberCode: string): number {
  const counter =
    prepared<[string, string], { n: number }>(
      db,
      'SELECT last_order_number AS n FROM convention_counters WHERE department = ? AND prescriber_code = ?',
    ).get(department, prescriberCode)?.n ?? 0;
  const used = prepared<[string], { n: number | null }>(db, 'SELECT max(order_number) AS n FROM conventions WHERE prescriber_code = ?').get(prescriberCode)?.n ?? 0;
  const next = Math.max(counter, used) + 1;
  prepared(
    db,
    `INSERT INTO convention_counters (department, prescriber_code, last_order_number) VALUES (?, ?, ?)
     ON CONFLICT (department, prescriber_code) DO UPDATE SET last_order_number = excluded.last_order_number`,
  ).run(department, prescriberCode, next);
  return next;
}

/** Reuses the employer with this SIRET (its details updated with what is given), or creates it. */
export function upsertEmployer(db: Database, e: NewEmployer): number {
  const existing = prepared<[string], { id: number }>(db, 'SELECT id FROM employers WHERE siret = ?').get(e.siret);
  if (!existing) {
    return Number(
      prepared(
        db,
        `INSERT INTO employers (siret, name, status, collector, address, postal_code, city, department, iban, created_at, updated_at)
         VALUES (@siret, @name, @status, @collector, @address, @postalCode, @city, @department, @iban, @at, @at)`,
      ).run(e).lastInsertRowid,
    );
  }
  prepared(
    db,
    `UPDATE employers SET name = @name, status = @status, collector = @collector,
       address = coalesce(@address, address), postal_code = coalesce(@postalCode, postal_code), city = coalesce(@city, city),
       department = coalesce(@department, department), iban = coalesce(@iban, iban), updated_at = @at
     WHERE id = @id`,
  ).run({ ...e, id: existing.id });
  return existing.id;
}

/**
 * Reuses the employee with this NIR (details updated), else `fallbackId`
 * (the draft's own beneficiary without a NIR yet), else creates one.
 */
export function upsertEmployee(db: Database, e: NewEmployee, fallbackId: number | null): number {
  const byNir = e.nir ? prepared<[string], { id: number }>(db, 'SELECT id FROM employees WHERE nir = ?').get(e.nir) : undefined;
  const fallback =
    fallbackId === null ? undefined : prepared<[number], { id: number; nir: string | null }>(db, 'SELECT id, nir FROM employees WHERE id = ?').get(fallbackId);
  const id = byNir?.id ?? (fallback && fallback.nir === null ? fallback.id : undefined);
  if (id === undefined) {
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
  updateEmployee(db, id, e);
  return id;
}

/** An employee's details brought up to date; what `e` leaves empty keeps its stored value (the NIR included). */
export function updateEmployee(db: Database, id: number, e: NewEmployee): void {
  prepared(
    db,
    `UPDATE employees SET nir = coalesce(@nir, nir), civility = @civility, last_name = @lastName, birth_name = coalesce(@birthName, birth_name),
       first_names = @firstNames, birth_date = @birthDate, birth_place = coalesce(@birthPlace, birth_place),
       birth_department = coalesce(@birthDepartment, birth_department), nationality = coalesce(@nationality, nationality),
       education_level = coalesce(@educationLevel, education_level), updated_at = @at
     WHERE id = @id`,
  ).run({ ...e, id });
}

export interface ConventionUpdate {
  id: number;
  measure: Measure;
  employerId: number;
  employeeId: number;
  startsOn: string;
  endsOn: string | null;
  at: string;
}

export function updateConvention(db: Database, c: ConventionUpdate): void {
  prepared(
    db,
    `UPDATE conventions SET measure = @measure, employer_id = @employerId, employee_id = @employeeId,
       starts_on = @startsOn, ends_on = @endsOn, updated_at = @at WHERE id = @id`,
  ).run(c);
}

export function setConventionStatus(db: Database, id: number, status: ConventionStatus, endsOn: string | null, at: string): void {
  prepared(db, 'UPDATE conventions SET status = ?, ends_on = coalesce(?, ends_on), updated_at = ? WHERE id = ?').run(status, endsOn, at, id);
}

/** Rewrites a version in place: only a draft's version, or the current version's reported facts. */
export function updateVersion(db: Database, id: number, v: Omit<NewVersion, 'conventionId' | 'avenantIndex' | 'kind' | 'at'>): void {
  prepared(
    db,
    `UPDATE convention_versions SET employer_id = @employerId, filed_on = @filedOn, signed_on = @signedOn, starts_on = @startsOn,
       ends_on = @endsOn, contract_type = @contractType, hired_on = @hiredOn, rome_code = @romeCode, job_title = @jobTitle,
       monthly_gross_cents = @monthlyGrossCents, aid_rate_bp = @aidRateBp, total_aid_cents = @totalAidCents, details = @details
     WHERE id = @id`,
  ).run({ ...v, id, details: storedDetails(v.details) });
}

export interface NewJustification {
  versionId: number;
  code: string;
  text: string;
  by: string;
  at: string;
}

/** One justification per warning code and version: a new text replaces the previous one. */
export function putJustification(db: Database, j: NewJustification): void {
  prepared(
    db,
    `INSERT INTO warning_justifications (version_id, finding_code, text, justified_by, justified_at)
     VALUES (@versionId, @code, @text, @by, @at)
     ON CONFLICT (version_id, finding_code) DO UPDATE SET text = excluded.text, justified_by = excluded.justified_by, justified_at = excluded.justified_at`,
  ).run(j);
}

/** Deletes a draft and what hangs on it; its number stays taken (convention_counters). */
export function deleteDraftRows(db: Database, conventionId: number): void {
  prepared(db, 'DELETE FROM warning_justifications WHERE version_id IN (SELECT id FROM convention_versions WHERE convention_id = ?)').run(conventionId);
  prepared(db, 'DELETE FROM convention_versions WHERE convention_id = ?').run(conventionId);
  prepared(db, 'DELETE FROM status_changes WHERE convention_id = ?').run(conventionId);
  prepared(db, 'DELETE FROM contract_events WHERE convention_id = ?').run(conventionId);
  prepared(db, 'DELETE FROM conventions WHERE id = ?').run(conventionId);
}

/** A draft's events follow its document: replaced whole at each save. */
export function deleteEvents(db: Database, conventionId: number): void {
  prepared(db, 'DELETE FROM contract_events WHERE convention_id = ?').run(conventionId);
}

/** The current version's document gains reported facts (signature date, events, dénonciation dates). */
export function setVersionDocument(db: Database, versionId: number, details: Record<string, unknown>, signedOn?: string): void {
  prepared(db, 'UPDATE convention_versions SET details = ?, signed_on = coalesce(?, signed_on) WHERE id = ?').run(storedDetails(details), signedOn ?? null, versionId);
}
