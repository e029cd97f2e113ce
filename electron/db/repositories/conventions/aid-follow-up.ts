/** The conventions whose aid is followed (signed and after), each with its current version's stored document (no NIR: the aid needs none). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared } from '../../statements';

export interface FollowedConvention {
  id: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  employeeId: number;
  /** « NOM Prénoms ». */
  employeeName: string;
  startsOn: string;
  endsOn: string | null;
  /** The current version's stored document (JSON, without the NIR). */
  document: Buffer;
}

const SELECT = `SELECT c.id, c.number, c.measure, c.status, c.employee_id AS employeeId, ee.last_name || ' ' || ee.first_names AS employeeName,
         c.starts_on AS startsOn, c.ends_on AS endsOn, v.document
  FROM conventions c
  JOIN employees ee ON ee.id = c.employee_id
  JOIN convention_versions v ON v.convention_id = c.id
   AND v.avenant_index = (SELECT max(w.avenant_index) FROM convention_versions w WHERE w.convention_id = c.id)
  WHERE c.status IN ('signee', 'en_cours', 'terminee', 'resiliee', 'denoncee')`;

/** Every followed convention, by employee then number. */
export function listFollowedConventions(db: Database): FollowedConvention[] {
  return prepared<[], FollowedConvention>(db, `${SELECT} ORDER BY ee.last_name, ee.first_names, c.number`).all();
}

export function findFollowedConvention(db: Database, id: number): FollowedConvention | undefined {
  return prepared<[number], FollowedConvention>(db, `${SELECT} AND c.id = ?`).get(id);
}
