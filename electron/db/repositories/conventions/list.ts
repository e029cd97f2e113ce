import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared } from '../../statements';
import { nirDigest, nirInSearch } from '../../nir-digest';
import { choosePlan } from './list-plan';
import {
  countedSql,
  criteria,
  orderClause,
  type Criterion,
  sortDirection,
  sortIndex,
  whereClause,
  type ConventionListQuery,
  type ListParams,
} from './list-sql';
import { windowStart } from './list-anchors';

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

const ROW_SQL = `SELECT c.id, c.number, c.measure, c.status, c.department, er.name AS employerName,
       ee.last_name || ' ' || ee.first_names AS employeeName, ee.nir, c.starts_on AS startsOn, c.ends_on AS endsOn`;

/**
 * One window of the conventions list and the total matching. The window is
 * found first, on an index alone (`page`), then only its rows are joined:
 * joining before the OFFSET joined every skipped row (1.4 s at offset 150,000
 * of 200,000). CROSS JOIN keeps the window as the outer loop (SQLite's way to
 * fix a join order): left free, the planner walked the whole sort index to
 * spare sorting the window's hundred rows. How the window is found — walking
 * the sort's covering index, or seeking the matches and sorting them —
 * depends on how many rows the filters keep (list-plan.ts).
 */
export function listConventions(db: Database, filter: ConventionFilter): { total: number; items: ConventionListRow[] } {
  const nir = nirInSearch(filter.search);
  const digest = nir === null ? undefined : nirDigest(db, nir);
  const where = whereClause(filter, digest);
  const total = countMatches(db, filter, digest);
  const sort = sortIndex(filter);
  // A walk of the status index meets only that status's conventions.
  const all = sort.index === 'conventions_by_status' && filter.status !== undefined ? countMatches(db, { status: filter.status }, undefined) : countAll(db);
  // Every sort index holds the id (a full-text search is checked on it); a filter, or a NIR found by its hash, needs the wide ones; a number, the row.
  const found = criteria(filter, digest);
  const readsRows = found.some((c) => c.onRowOnly) || (found.some((c) => !c.isSearch || !c.exactCount) && !sort.coversFilters);
  const index = choosePlan(filter.offset + filter.limit, total, all, readsRows) === 'walk' ? `INDEXED BY ${sort.index}` : '';
  // A deep window of the whole list starts from the anchor before it (list-anchors.ts) rather than walking its OFFSET.
  const anchored = found.length === 0 ? windowStart(db, sort, sortDirection(filter), filter.offset) : null;
  const window = anchored
    ? { index: `INDEXED BY ${sort.index}`, where: `WHERE ${anchored.sql}`, params: anchored.params, offset: anchored.skip }
    : { index, where: where.sql, params: where.params, offset: filter.offset };
  const order = orderClause(filter.sort);
  const items = prepared<[ListParams], ConventionListRow>(
    db,
    `WITH page AS (SELECT c.id FROM conventions c ${window.index} ${window.where} ${order} LIMIT @limit OFFSET @offset)
     ${ROW_SQL}
     FROM page
     CROSS JOIN conventions c ON c.id = page.id
     JOIN employers er ON er.id = c.employer_id
     JOIN employees ee ON ee.id = c.employee_id
     ${order}`,
  ).all({ ...window.params, limit: filter.limit, offset: window.offset });
  return { total, items };
}

function countAll(db: Database): number {
  return prepared<[], number>(db, 'SELECT count(*) FROM conventions').pluck().get()!;
}

/**
 * The conventions the filters keep. Status, measure and department are
 * summed from convention_counts (migration 0016: counting 120,000 entries of
 * an index took 11 ms), with an end-date range from convention_end_counts
 * (0017: 44,000 entries, 3.3 ms); another condition is counted through its own index;
 * several filters, by the index SQLite picks for them. A search with
 * other conditions is bounded first by the full-text index alone: many
 * matches are counted by walking a covering index (checked entry by entry),
 * few by seeking them.
 */
function countMatches(db: Database, query: ConventionListQuery, digest: Buffer | undefined): number {
  const found = criteria(query, digest);
  if (found.length === 0) return countAll(db);
  const counted = countedSql(query);
  if (counted) return prepared<[ListParams], number>(db, counted.sql).pluck().get(counted.params)!;
  const countOf = (c: Criterion) => prepared<[ListParams], number>(db, c.countSql).pluck().get(c.params)!;
  if (found.length === 1 && found[0]!.exactCount) return countOf(found[0]!);
  const search = found.find((c) => c.isSearch);
  const bound = search ? countOf(search) : null;
  if (bound === 0) return 0;
  const walk = bound !== null && choosePlan(bound, bound, countAll(db)) === 'walk';
  const where = whereClause(query, digest);
  return prepared<[ListParams], number>(db, `SELECT count(*) FROM conventions c ${walk ? 'INDEXED BY conventions_by_start' : ''} ${where.sql}`)
    .pluck()
    .get(where.params)!;
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
  for (const row of prepared<[], { status: ConventionStatus; n: number }>(db, 'SELECT status, sum(n) AS n FROM convention_counts GROUP BY status').all()) {
    counts[row.status] = row.n;
  }
  return counts;
}

/**
 * Running conventions (signed or in progress) whose planned end falls within [from, to], from the index of their ends
 * (migration 0028; left free, the planner walks the status index, every running convention: 3 ms at 200,000).
 */
export function countEndingBetween(db: Database, from: string, to: string): number {
  return prepared<[string, string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM conventions INDEXED BY conventions_running_end
     WHERE status IN ('signee', 'en_cours') AND ends_on BETWEEN ? AND ?`,
  ).get(from, to)!.n;
}
