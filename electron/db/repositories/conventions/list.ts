import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared } from '../../statements';
import { nirDigest, nirInSearch } from '../../nir-digest';
import { orderClause, whereClause, type ConventionListQuery, type ListParams } from './list-sql';

export interface ConventionFilter extends ConventionListQuery {
  limit: number;
  offset: number;
}

export interface ConventionListRow {
  id: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  department: string;
  employerName: string;
  /** « NOM Prénoms ». */
  employeeName: string;
  /** Personal data: the service masks it. */
  nir: string | null;
  startsOn: string;
  endsOn: string | null;
}

/**
 * One window of the conventions list and the total matching. The count needs
 * no join; the statement of each filter combination is prepared once.
 */
export function listConventions(db: Database, filter: ConventionFilter): { total: number; items: ConventionListRow[] } {
  const nir = nirInSearch(filter.search);
  const where = whereClause(filter, nir === null ? undefined : nirDigest(db, nir));
  const { total } = prepared<[ListParams], { total: number }>(db, `SELECT count(*) AS total FROM conventions c ${where.sql}`).get(where.params)!;
  const items = prepared<[ListParams], ConventionListRow>(
    db,
    `SELECT c.id, c.number, c.measure, c.status, c.department, er.name AS employerName,
            ee.last_name || ' ' || ee.first_names AS employeeName, ee.nir, c.starts_on AS startsOn, c.ends_on AS endsOn
     FROM conventions c
     JOIN employers er ON er.id = c.employer_id
     JOIN employees ee ON ee.id = c.employee_id
     ${where.sql}
     ${orderClause(filter.sort)}
     LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, limit: filter.limit, offset: filter.offset });
  return { total, items };
}

export function countByStatus(db: Database): Record<ConventionStatus, number> {
  const counts: Record<ConventionStatus, number> = {
    brouillon: 0,
    a_signer: 0,
    signee: 0,
    en_cours: 0,
    terminee: 0,
    resiliee: 0,
    denoncee: 0,
  };
  for (const row of prepared<[], { status: ConventionStatus; n: number }>(db, 'SELECT status, count(*) AS n FROM conventions GROUP BY status').all()) {
    counts[row.status] = row.n;
  }
  return counts;
}

/** Running conventions (signed or in progress) whose planned end falls within [from, to]. */
export function countEndingBetween(db: Database, from: string, to: string): number {
  return prepared<[string, string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM conventions
     WHERE status IN ('signee', 'en_cours') AND ends_on BETWEEN ? AND ?`,
  ).get(from, to)!.n;
}

/** Conventions running on the first day of each month: starts_on ≤ day ≤ ends_on, not ended early. */
export function countActiveOn(db: Database, day: string): number {
  return prepared<[{ day: string }], { n: number }>(
    db,
    `SELECT count(*) AS n FROM conventions
     WHERE status IN ('signee', 'en_cours', 'terminee', 'resiliee', 'denoncee')
       AND starts_on <= @day AND (ends_on IS NULL OR ends_on >= @day)`,
  ).get({ day })!.n;
}
