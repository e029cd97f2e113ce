/**
 * SQL pieces of the conventions list: the WHERE clause built from fixed
 * fragments (only the filters in use, so SQLite can pick an index), the sort
 * columns from a whitelist, and the full-text expression of the search. User
 * text only ever reaches SQL as bound parameters.
 */
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';

export interface ConventionListQuery {
  search?: string | undefined;
  measure?: Measure | undefined;
  status?: ConventionStatus | undefined;
  employerId?: number | undefined;
  department?: string | undefined;
  endsFrom?: string | undefined;
  endsTo?: string | undefined;
  sort?: { by: ConventionSortColumn; dir: 'asc' | 'desc' } | undefined;
}

/** The columns the list sorts by (the API's sort keys name the same columns). */
type ConventionSortColumn = 'number' | 'employee' | 'employer' | 'startsOn' | 'endsOn' | 'status';

export type ListParams = Record<string, string | number | Buffer>;

/** A filter's condition and the parameters it binds. */
interface Condition {
  sql: string;
  params: ListParams;
}

/**
 * Each filter, one condition; the two bounds of the end date are one range, counted in one pass of its index. `values`:
 * the filter's keys that are given, with their values. `plainEnds`: the conditions of a table whose ends are all dated
 * (convention_end_counts), read with ends_on itself.
 */
const FILTERS: { keys: (keyof ConventionListQuery & string)[]; condition: (values: ListParams, plainEnds: boolean) => Condition }[] = [
  { keys: ['measure'], condition: (values) => ({ sql: 'c.measure = @measure', params: values }) },
  { keys: ['status'], condition: (values) => ({ sql: 'c.status = @status', params: values }) },
  { keys: ['employerId'], condition: (values) => ({ sql: 'c.employer_id = @employerId', params: values }) },
  { keys: ['department'], condition: (values) => ({ sql: 'c.department = @department', params: values }) },
  { keys: ['endsFrom', 'endsTo'], condition: endRange },
];

/** The keys of the end sort's two indexes (migration 0014): an undated end is the first day of the calendar in one, its last in the other. */
const END_OR_FIRST_DAY = "coalesce(c.ends_on, '0000-01-01')";
const END_OR_LAST_DAY = "coalesce(c.ends_on, '9999-12-31')";

/**
 * The end-date range, read from the end sort's indexes (migration 0028 dropped the plain index of the end): each is
 * ends_on itself for a dated convention, so a bound on it is exact; an undated one, at the first day of the calendar
 * in one and the last in the other, is left out by any lower bound after the first day (the first index), by any upper
 * bound before the last (the second). A bound at or past the calendar's end keeps every dated convention (no date is
 * outside it, the CHECK of conventions.ends_on): only « dated » is left of it. Both bounds read one index, one range.
 */
function endRange(values: ListParams, plainEnds: boolean): Condition {
  const from = typeof values.endsFrom === 'string' ? values.endsFrom : undefined;
  const to = typeof values.endsTo === 'string' ? values.endsTo : undefined;
  if (plainEnds) {
    const sql = [from !== undefined && 'c.ends_on >= @endsFrom', to !== undefined && 'c.ends_on <= @endsTo'].filter(Boolean).join(' AND ');
    return { sql, params: values };
  }
  const lower = from !== undefined && from > '0000-01-01' ? from : undefined;
  const upper = to !== undefined && to < '9999-12-31' ? to : undefined;
  if (lower !== undefined) {
    return upper !== undefined
      ? { sql: `${END_OR_FIRST_DAY} BETWEEN @endsFrom AND @endsTo`, params: { endsFrom: lower, endsTo: upper } }
      : { sql: `${END_OR_FIRST_DAY} >= @endsFrom`, params: { endsFrom: lower } };
  }
  if (upper !== undefined) return { sql: `${END_OR_LAST_DAY} <= @endsTo`, params: { endsTo: upper } };
  return { sql: 'c.ends_on IS NOT NULL', params: {} };
}

const SEARCH_SQL = 'c.id IN (SELECT rowid FROM convention_search WHERE convention_search MATCH @search)';
const NUMBER_SQL = 'c.number >= @numberFrom AND c.number < @numberTo';
const NIR_SQL = 'c.employee_id IN (SELECT id FROM employees WHERE nir_digest = @nirDigest)';

/**
 * The index SQLite made for the UNIQUE number of the conventions table (its first UNIQUE constraint): it holds (number,
 * id), as an index of a table with a rowid keeps the rowid after its columns (migration 0024).
 */
const NUMBER_INDEX = 'sqlite_autoindex_conventions_1';

/**
 * Whitelisted ORDER BY keys, by direction, and the covering index of each
 * (migrations 0014 and 0016: the sort keys, the id that breaks ties so every
 * page is stable, then every filtered column). Names are sorted by the keys
 * copied into the convention; undated ends come last whatever the direction;
 * one status's conventions come by start.
 */
const SORT_SQL: Record<ConventionSortColumn, Record<'asc' | 'desc', SortIndex>> = {
  number: both(['c.number'], NUMBER_INDEX, false),
  employee: both(['c.employee_sort'], 'conventions_by_employee', true),
  employer: both(['c.employer_sort'], 'conventions_by_employer', true),
  startsOn: both(['c.starts_on'], 'conventions_by_start', true),
  endsOn: {
    asc: { keys: ["coalesce(c.ends_on, '9999-12-31')"], index: 'conventions_by_end_asc', coversFilters: false },
    desc: { keys: ["coalesce(c.ends_on, '0000-01-01')"], index: 'conventions_by_end_desc', coversFilters: false },
  },
  status: both(['c.status', 'c.starts_on'], 'conventions_by_status', true),
};

/**
 * A list of one status sorted by start walks the status index from that
 * status's first entry (status, start, id): the same order, without
 * crossing the other statuses (migration 0016).
 */
const ONE_STATUS_BY_START: SortIndex = { keys: ['c.starts_on'], index: 'conventions_by_status', coversFilters: true };

/** A sort's index, and whether it carries the filtered columns (a walk then reads no row). */
export interface SortIndex {
  /** The ORDER BY keys before the id. */
  keys: string[];
  index: string;
  coversFilters: boolean;
}

function both(keys: string[], index: string, coversFilters: boolean) {
  return { asc: { keys, index, coversFilters }, desc: { keys, index, coversFilters } };
}

const DEFAULT_SORT = { by: 'startsOn', dir: 'desc' } as const;

/**
 * The FTS5 expression of the search: every word must start a word of the
 * number, the employee (names) or the employer (name, SIRET); a whole NIR is
 * found by its keyed hash (whereClause). Each word
 * is a quoted phrase with a prefix star, so no character of the user can act
 * as FTS syntax. Digits separated by spaces (a NIR typed « 1 75 03 … ») are
 * one word. Null when nothing searchable is left.
 */
export function searchExpression(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  const words = /^[\d\s]+$/.test(trimmed) ? [trimmed.replace(/\s+/g, '')] : trimmed.split(/\s+/);
  const phrases = words.filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => `"${w.replace(/"/g, '""')}"*`);
  return phrases.length ? phrases.join(' ') : null;
}

/**
 * A convention number typed with its dashes, whole or its beginning
 * (« 974-0708- »), uppercased; a version number (« …-00001-01 ») without its
 * avenant index. Null for any other text. Such a search is a range of the
 * number index: as a full-text phrase, « 974-0708 » read the positions of
 * every « 974 » of the index (every overseas convention) to keep a few
 * hundred.
 */
export function numberPrefix(text: string | undefined): string | null {
  const typed = (text ?? '').trim().toUpperCase();
  if (!/^\d[\dAB]{2}-[\dA-Z-]*$/.test(typed)) return null;
  return /^\d[\dAB]{2}-\d{4}-[\dA-Z]{5}-\d{5}-\d{2}$/.test(typed) ? typed.slice(0, -3) : typed;
}

/** Sorts after every character of a convention number (digits, capitals, dashes): the end of a prefix's range. */
const AFTER_NUMBER_CHARACTERS = '\uffff';

/**
 * One condition of the list, with its parameters. `exactCount`: its own
 * count is the number of conventions it keeps (a search that may also find a
 * NIR by its hash only bounds it).
 */
export interface Criterion {
  sql: string;
  params: ListParams;
  /** The count of this criterion alone, through its own index (or the full-text index). */
  countSql: string;
  exactCount: boolean;
  isSearch: boolean;
  /** Checked on the row only: the wide sort indexes do not carry its column (a walk reads every row it meets). */
  onRowOnly: boolean;
}

/** The conditions of the filters in use (FILTERS), in their order. */
function filterConditions(query: ConventionListQuery, plainEnds: boolean): Condition[] {
  const found: Condition[] = [];
  for (const filter of FILTERS) {
    const values: ListParams = {};
    for (const key of filter.keys) {
      const value = query[key];
      if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    }
    if (Object.keys(values).length > 0) found.push(filter.condition(values, plainEnds));
  }
  return found;
}

/** `nirDigest`: the keyed hash of a NIR typed in the search (nir-digest.ts), found beside the index, which holds no NIR. */
export function criteria(query: ConventionListQuery, nirDigest?: Buffer): Criterion[] {
  const found: Criterion[] = filterConditions(query, false).map(({ sql, params }) => ({
    sql,
    params,
    countSql: `SELECT count(*) FROM conventions c WHERE ${sql}`,
    exactCount: true,
    isSearch: false,
    onRowOnly: false,
  }));
  const number = numberPrefix(query.search);
  if (number !== null) {
    const params = { numberFrom: number, numberTo: number + AFTER_NUMBER_CHARACTERS };
    found.push({
      sql: NUMBER_SQL,
      params,
      countSql: `SELECT count(*) FROM conventions c WHERE ${NUMBER_SQL}`,
      exactCount: true,
      isSearch: false,
      onRowOnly: true,
    });
    return found;
  }
  const search = searchExpression(query.search);
  const ftsCount = 'SELECT count(*) FROM convention_search WHERE convention_search MATCH @search';
  if (search && nirDigest !== undefined) {
    found.push({
      sql: `(${SEARCH_SQL} OR ${NIR_SQL})`,
      params: { search, nirDigest },
      countSql: `SELECT (${ftsCount}) + (SELECT count(*) FROM conventions c WHERE ${NIR_SQL})`,
      exactCount: false,
      isSearch: true,
      onRowOnly: false,
    });
  } else if (search) {
    found.push({ sql: SEARCH_SQL, params: { search }, countSql: ftsCount, exactCount: true, isSearch: true, onRowOnly: false });
  }
  return found;
}

export function whereClause(query: ConventionListQuery, nirDigest?: Buffer): { sql: string; params: ListParams } {
  const found = criteria(query, nirDigest);
  return {
    sql: found.length ? `WHERE ${found.map((c) => c.sql).join(' AND ')}` : '',
    params: Object.assign({}, ...found.map((c) => c.params)) as ListParams,
  };
}

export function orderClause(sort: ConventionListQuery['sort']): string {
  const { by, dir } = sort ?? DEFAULT_SORT;
  return orderByKeys(SORT_SQL[by][dir].keys, dir);
}

/** ORDER BY the keys, then the id, all in one direction. */
export function orderByKeys(keys: readonly string[], dir: 'asc' | 'desc'): string {
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${[...keys, 'c.id'].map((key) => `${key} ${direction}`).join(', ')}`;
}

/** The direction the list is sorted in (the default sort's when none is asked). */
export function sortDirection(query: ConventionListQuery): 'asc' | 'desc' {
  return (query.sort ?? DEFAULT_SORT).dir;
}

/** The index a `walk` plan reads in order (list-plan.ts): the sort's, or the status's when one status is listed by start. */
export function sortIndex(query: ConventionListQuery): SortIndex {
  const { by, dir } = query.sort ?? DEFAULT_SORT;
  return by === 'startsOn' && query.status !== undefined ? ONE_STATUS_BY_START : SORT_SQL[by][dir];
}

/** The filters whose counts convention_counts keeps (migration 0016); with an end-date range, convention_end_counts (0017). */
const COUNTED: readonly (keyof ConventionListQuery)[] = ['status', 'measure', 'department'];
const END_RANGE: readonly (keyof ConventionListQuery)[] = ['endsFrom', 'endsTo'];

/**
 * The count of conventions the query keeps, from convention_counts, when
 * it filters on status, measure or department only, or from
 * convention_end_counts when it also filters on the end date (both tables
 * have the columns of the conditions; the ends they count are all dated, read
 * as they are); null otherwise.
 */
export function countedSql(query: ConventionListQuery): { sql: string; params: ListParams } | null {
  const found = criteria(query);
  const used = FILTERS.filter((f) => f.keys.some((k) => query[k] !== undefined)).flatMap((f) => f.keys);
  if (found.length === 0 || used.some((k) => !COUNTED.includes(k) && !END_RANGE.includes(k)) || searchExpression(query.search) !== null) return null;
  const table = used.some((k) => END_RANGE.includes(k)) ? 'convention_end_counts' : 'convention_counts';
  const conditions = filterConditions(query, true);
  return {
    sql: `SELECT coalesce(sum(c.n), 0) FROM ${table} c WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: Object.assign({}, ...conditions.map((c) => c.params)) as ListParams,
  };
}
