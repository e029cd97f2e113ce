/** The employer's staff roster: each person on an aided contract with their conventions, as of a day. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../shared/domain/enums';
import type { Measure } from '../../../shared/rules/vocabulary';
import { prepared } from '../statements';

export interface StaffConventionRow {
  employeeId: number;
  lastName: string;
  firstNames: string;
  nir: string | null;
  birthDate: string;
  conventionId: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  startsOn: string;
  endsOn: string | null;
  establishment: string;
  /** The latest version's stored document (its weekly hours). */
  latestDocument: Buffer;
  /** 1 when a suspension or a trial period elsewhere covers the day. */
  suspended: number;
}

/** One row per convention, grouped by person (by name), each person's latest convention first; `employeeId` narrows to one person. */
export function staffConventions(db: Database, today: string, employeeId: number | null = null): StaffConventionRow[] {
  return prepared<[{ today: string; employeeId: number | null }], StaffConventionRow>(
    db,
    `SELECT ee.id AS employeeId, ee.last_name AS lastName, ee.first_names AS firstNames, ee.nir, ee.birth_date AS birthDate,
            c.id AS conventionId, c.number, c.measure, c.status, c.starts_on AS startsOn, c.ends_on AS endsOn, er.name AS establishment,
            (SELECT v.document FROM convention_versions v WHERE v.convention_id = c.id ORDER BY v.avenant_index DESC LIMIT 1) AS latestDocument,
            EXISTS (SELECT 1 FROM contract_events e WHERE e.convention_id = c.id AND e.kind IN ('SUSPENSION', 'TRIAL_PERIOD_ELSEWHERE')
                      AND e.occurred_on <= @today AND (e.ends_on IS NULL OR e.ends_on >= @today)) AS suspended
     FROM conventions c
     JOIN employees ee ON ee.id = c.employee_id
     JOIN employers er ON er.id = c.employer_id
     WHERE @employeeId IS NULL OR ee.id = @employeeId
     ORDER BY ee.last_name COLLATE NOCASE, ee.first_names COLLATE NOCASE, ee.id, c.starts_on DESC, c.id DESC`,
  ).all({ today, employeeId });
}
