import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../shared/domain/enums';
import type { Measure } from '../../../shared/rules/vocabulary';
import type { EducationLevel } from '../../../shared/rules/document/schema';
import { nirDigest } from '../nir-digest';
import { likePattern, prepared } from '../statements';
import { instantMs } from '../instants';

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
  educationLevel: EducationLevel | null;
  at: string;
}

/**
 * Returns the new employee's id, written with the hash of the NIR (nir-digest.ts): the one UPDATE per new employee the
 * transaction's end would make otherwise is not needed. Callers run the writes inside their transaction (`inTransaction`).
 */
export function insertEmployee(db: Database, e: NewEmployee): number {
  return Number(
    prepared(
      db,
      `INSERT INTO employees (nir, nir_digest, civility, last_name, birth_name, first_names, birth_date, birth_place, birth_department,
                              nationality, education_level, created_ms, updated_ms)
       VALUES (@nir, @nirDigest, @civility, @lastName, @birthName, @firstNames, @birthDate, @birthPlace, @birthDepartment,
               @nationality, @educationLevel, ${instantMs('@at')}, ${instantMs('@at')})`,
    ).run(Object.assign({}, e, { nirDigest: e.nir === null ? null : nirDigest(db, e.nir) })).lastInsertRowid,
  );
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
  if (id === undefined) return insertEmployee(db, e);
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
       education_level = coalesce(@educationLevel, education_level), updated_ms = ${instantMs('@at')}
     WHERE id = @id`,
  ).run(Object.assign({}, e, { id }));
}

/** A correction's new NIR (services/exchanges/correction.ts), stored once, here. */
export function setEmployeeNir(db: Database, employeeId: number, nir: string, at: string): void {
  prepared(db, `UPDATE employees SET nir = ?, updated_ms = ${instantMs('?')} WHERE id = ?`).run(nir, at, employeeId);
}

const WHERE = `WHERE (@search IS NULL OR e.last_name LIKE @search ESCAPE '\\' OR e.first_names LIKE @search ESCAPE '\\'
  OR e.birth_name LIKE @search ESCAPE '\\' OR e.nir LIKE @search ESCAPE '\\')`;

export interface EmployeeListRow {
  id: number;
  lastName: string;
  firstNames: string;
  /** Personal data: the service masks it. */
  nir: string | null;
  birthDate: string;
  /** How many conventions name them. */
  conventions: number;
}

/** One window of the employees matching the search (names or NIR), by name, and the total matching. */
export function listEmployees(
  db: Database,
  filter: { search?: string | undefined; limit: number; offset: number },
): { total: number; items: EmployeeListRow[] } {
  const params = { search: filter.search ? likePattern(filter.search) : null };
  const { total } = prepared<[typeof params], { total: number }>(db, `SELECT count(*) AS total FROM employees e ${WHERE}`).get(params)!;
  const items = prepared<[typeof params & { limit: number; offset: number }], EmployeeListRow>(
    db,
    `SELECT e.id, e.last_name AS lastName, e.first_names AS firstNames, e.nir, e.birth_date AS birthDate,
            (SELECT count(*) FROM conventions c WHERE c.employee_id = e.id) AS conventions
     FROM employees e ${WHERE}
     ORDER BY e.last_name COLLATE NOCASE, e.first_names COLLATE NOCASE, e.id
     LIMIT @limit OFFSET @offset`,
  ).all(Object.assign({}, params, { limit: filter.limit, offset: filter.offset }));
  return { total, items };
}

export function countEmployees(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM employees').get()!.n;
}

/** An employee as stored (the NIR is personal data: the services mask it or log its reading). */
export interface EmployeeRecord extends Omit<NewEmployee, 'at'> {
  id: number;
}

/** The columns of an `EmployeeRecord`, for the other reads of whole employees (exchanges/package-read.ts). */
export const EMPLOYEE_COLUMNS = `id, civility, last_name AS lastName, birth_name AS birthName, first_names AS firstNames, birth_date AS birthDate,
  birth_place AS birthPlace, birth_department AS birthDepartment, nationality, nir, education_level AS educationLevel`;

export function findEmployee(db: Database, id: number): EmployeeRecord | undefined {
  return prepared<[number], EmployeeRecord>(db, `SELECT ${EMPLOYEE_COLUMNS} FROM employees WHERE id = ?`).get(id);
}

/** The employee holding this NIR, if any. */
export function employeeByNir(db: Database, nir: string): EmployeeRecord | undefined {
  return prepared<[string], EmployeeRecord>(db, `SELECT ${EMPLOYEE_COLUMNS} FROM employees WHERE nir = ?`).get(nir);
}

export interface EmployeeConventionRow {
  id: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  startsOn: string;
  endsOn: string | null;
}

/** An employee's conventions, the latest first. */
export function conventionsOfEmployee(db: Database, employeeId: number): EmployeeConventionRow[] {
  return prepared<[number], EmployeeConventionRow>(
    db,
    `SELECT id, number, measure, status, starts_on AS startsOn, ends_on AS endsOn
     FROM conventions WHERE employee_id = ? ORDER BY starts_on DESC, id DESC`,
  ).all(employeeId);
}
