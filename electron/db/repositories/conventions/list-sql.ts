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

export type ListParams = Record<string, string | number>;

const FILTERS: { key: keyof ConventionListQuery & string; sql: string }[] = [
  { key: 'measure', sql: 'c.measure = @measure' },
  { key: 'status', sql: 'c.status = @status' },
  { key: 'employerId', sql: 'c.employer_id = @employerId' },
  { key: 'department', sql: 'c.department = @department' },
  { key: 'endsFrom', sql: 'c.ends_on >= @endsFrom' },
  { key: 'endsTo', sql: 'c.ends_on <= @endsTo' },
];

const SEARCH_SQL = 'c.id IN (SELECT rowid FROM convention_search WHERE convention_search MATCH @search)';
const NIR_SQL = 'c.employee_id IN (SELECT id FROM employees WHERE nir_digest = @nirDigest)';

/** Whitelisted ORDER BY expressions; the convention id breaks ties so every page is stable. */
const SORT_SQL: Record<ConventionSortColumn, string[]> = {
  number: ['c.number'],
  employee: ['ee.last_name COLLATE NOCASE', 'ee.first_names COLLATE NOCASE'],
  employer: ['er.name COLLATE NOCASE'],
  startsOn: ['c.starts_on'],
  endsOn: ['c.ends_on'],
  status: ['c.status'],
};

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

/** `nirDigest`: the keyed hash of a NIR typed in the search (nir-digest.ts), found beside the index, which holds no NIR. */
export function whereClause(query: ConventionListQuery, nirDigest?: string): { sql: string; params: ListParams } {
  const clauses: string[] = [];
  const params: ListParams = {};
  for (const { key, sql } of FILTERS) {
    const value = query[key];
    if (typeof value === 'string' || typeof value === 'number') {
      clauses.push(sql);
      params[key] = value;
    }
  }
  const search = searchExpression(query.search);
  if (search && nirDigest !== undefined) {
    clauses.push(`(${SEARCH_SQL} OR ${NIR_SQL})`);
    params.search = search;
    params.nirDigest = nirDigest;
  } else if (search) {
    clauses.push(SEARCH_SQL);
    params.search = search;
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function orderClause(sort: ConventionListQuery['sort']): string {
  const { by, dir } = sort ?? DEFAULT_SORT;
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  // Undated ends come last whatever the direction.
  const nulls = by === 'endsOn' ? ' NULLS LAST' : '';
  const columns = SORT_SQL[by].map((column) => `${column} ${direction}${nulls}`);
  return `ORDER BY ${[...columns, `c.id ${direction}`].join(', ')}`;
}
