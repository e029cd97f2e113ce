import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/api/contract';
import type { ConventionStatus, Measure } from '../../../shared/domain/enums';
import { maskNir } from '../../../shared/format/nir';
import { likePattern, prepared } from '../statements';

export interface ConventionFilter {
  search?: string | undefined;
  measure?: Measure | undefined;
  status?: ConventionStatus | undefined;
  limit: number;
  offset: number;
}

interface ConventionRow {
  id: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  department: string;
  employer_name: string;
  last_name: string;
  first_names: string;
  nir: string | null;
  starts_on: string;
  ends_on: string | null;
}

// One statement for every filter combination: NULL parameters switch a filter off.
const FROM_WHERE = `
  FROM conventions c
  JOIN employers er ON er.id = c.employer_id
  JOIN employees ee ON ee.id = c.employee_id
  WHERE (@measure IS NULL OR c.measure = @measure)
    AND (@status IS NULL OR c.status = @status)
    AND (@search IS NULL
      OR c.number LIKE @search ESCAPE '\\'
      OR er.name LIKE @search ESCAPE '\\'
      OR er.siret LIKE @search ESCAPE '\\'
      OR ee.last_name LIKE @search ESCAPE '\\'
      OR ee.first_names LIKE @search ESCAPE '\\'
      OR ee.nir LIKE @search ESCAPE '\\')`;

export function listConventions(db: Database, filter: ConventionFilter): ChannelOutput<'conventions.list'> {
  const params = {
    measure: filter.measure ?? null,
    status: filter.status ?? null,
    search: filter.search ? likePattern(filter.search) : null,
  };
  const { total } = prepared<[typeof params], { total: number }>(db, `SELECT count(*) AS total ${FROM_WHERE}`).get(params)!;
  const rows = prepared<[typeof params & { limit: number; offset: number }], ConventionRow>(
    db,
    `SELECT c.id, c.number, c.measure, c.status, c.department, er.name AS employer_name,
            ee.last_name, ee.first_names, ee.nir, c.starts_on, c.ends_on
     ${FROM_WHERE}
     ORDER BY c.starts_on DESC, c.id DESC
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      measure: r.measure,
      status: r.status,
      department: r.department,
      employerName: r.employer_name,
      employeeName: `${r.last_name} ${r.first_names}`,
      nirMasked: maskNir(r.nir),
      startsOn: r.starts_on,
      endsOn: r.ends_on,
    })),
  };
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
  for (const row of prepared<[], { status: ConventionStatus; n: number }>(
    db,
    'SELECT status, count(*) AS n FROM conventions GROUP BY status',
  ).all()) {
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
