import type { Database } from 'better-sqlite3';
import type { ConventionStatus } from '../../../shared/domain/enums';
import type { Measure } from '../../../shared/rules/vocabulary';
import type { EDUCATION_LEVELS } from '../../../shared/rules/document/schema';
import { likePattern, prepared } from '../statements';

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
  ).all({ ...params, limit: filter.limit, offset: filter.offset });
  return { total, items };
}

export function countEmployees(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM employees').get()!.n;
}

export interface EmployeeRecord {
  id: number;
  civility: 'M' | 'MME' | 'MLLE';
  lastName: string;
  birthName: string | null;
  firstNames: string;
  birthDate: string;
  birthPlace: string | null;
  birthDepartment: string | null;
  nationality: string | null;
  nir: string | null;
  educationLevel: (typeof EDUCATION_LEVELS)[number] | null;
}

export function findEmployee(db: Database, id: number): EmployeeRecord | undefined {
  return prepared<[number], EmployeeRecord>(
    db,
    `SELECT id, civility, last_name AS lastName, birth_name AS birthName, first_names AS firstNames, birth_date AS birthDate,
            birth_place AS birthPlace, birth_department AS birthDepartment, nationality, nir, education_level AS educationLevel
     FROM employees WHERE id = ?`,
  ).get(id);
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
