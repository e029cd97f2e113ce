/**
 * Every convention the list's filters keep, in the list's order, with the
 * money figures of its latest version (initial or last avenant): the rows of
 * the conventions export (issue #16). One statement walked row by row, not a
 * window per page: each window re-walked the index up to its offset and
 * counted again, and the amounts were a second query per page.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared } from '../../statements';
import { nirDigest, nirInSearch } from '../../nir-digest';
import type { VersionAmounts } from '../versions/read';
import { listConventions, type ConventionListRow } from './list';
import { choosePlan } from './list-plan';
import { criteria, orderClause, sortIndex, whereClause, type ConventionListQuery, type ListParams } from './list-sql';

export type ConventionExportRow = ConventionListRow & VersionAmounts;

const ROW_SQL = `SELECT c.id, c.number, c.measure, c.status, c.department, er.name,
       ee.last_name || ' ' || ee.first_names, ee.nir, c.starts_on, c.ends_on`;

/** The latest version of each row, looked up row by row: for an export of a few of the conventions. */
const JOINED_AMOUNTS = {
  columns: ', v.monthly_gross_cents, v.aid_rate_bp, v.total_aid_cents',
  join: 'LEFT JOIN convention_versions v ON v.id = (SELECT w.id FROM convention_versions w WHERE w.convention_id = c.id ORDER BY w.avenant_index DESC LIMIT 1)',
};

type RawRow = [number, string, Measure, ConventionStatus, string, string, string, string | null, string, string | null, ...(number | null)[]];

/** Each convention's latest amounts by id, NaN for none: three numbers per convention (4.8 MB for 200,000), not rows. */
interface LatestAmounts {
  gross: Float64Array;
  rate: Float64Array;
  total: Float64Array;
}

/**
 * The latest amounts of every convention, in one pass of the versions'
 * amounts index (migration 0019: convention, avenant, amounts; the documents
 * left aside): for an export of most of the conventions, cheaper than a
 * lookup per row in the list's order, and than a pass of convention_versions
 * itself (121 → 51 ms at 50,000 conventions).
 */
function latestAmounts(db: Database): LatestAmounts {
  const size = (prepared<[], number | null>(db, 'SELECT max(id) FROM conventions').pluck().get() ?? 0) + 1;
  const amounts = { gross: new Float64Array(size).fill(NaN), rate: new Float64Array(size).fill(NaN), total: new Float64Array(size).fill(NaN) };
  const latest = new Int32Array(size).fill(-1);
  const versions = prepared<[], [number, number, number | null, number | null, number | null]>(
    db,
    'SELECT convention_id, avenant_index, monthly_gross_cents, aid_rate_bp, total_aid_cents FROM convention_versions INDEXED BY convention_versions_amounts',
  ).raw(true);
  for (const [id, avenant, gross, rate, total] of versions.iterate()) {
    if (avenant < latest[id]!) continue;
    latest[id] = avenant;
    amounts.gross[id] = gross ?? NaN;
    amounts.rate[id] = rate ?? NaN;
    amounts.total[id] = total ?? NaN;
  }
  return amounts;
}

const amount = (value: number | undefined): number | null => (value === undefined || Number.isNaN(value) ? null : value);

/**
 * The rows come from SQLite as arrays and are shaped here: an object built
 * by better-sqlite3 costs a property set per column, about a third of the
 * whole export's time. The amounts come from `amounts` or, without it, the
 * row's last three columns.
 */
function* shaped(raw: IterableIterator<RawRow>, amounts: LatestAmounts | null): Generator<ConventionExportRow, void, undefined> {
  for (const r of raw) {
    const id = r[0];
    yield {
      id,
      number: r[1],
      measure: r[2],
      status: r[3],
      department: r[4],
      employerName: r[5],
      employeeName: r[6],
      nir: r[7],
      startsOn: r[8],
      endsOn: r[9],
      monthlyGrossCents: amounts ? amount(amounts.gross[id]) : (r[10] ?? null),
      aidRateBp: amounts ? amount(amounts.rate[id]) : (r[11] ?? null),
      totalAidCents: amounts ? amount(amounts.total[id]) : (r[12] ?? null),
    };
  }
}

/**
 * The rows, and how many there are (told first, for the progress). The
 * statement holds the connection until the rows are all read or the
 * iterator is returned: the caller runs nothing else on it meanwhile (a
 * connection of its own, or one synchronous loop), inside a read
 * transaction for a consistent snapshot. The whole list walks the sort's
 * index in order (no sort of 200,000 rows in memory); few matches are
 * found by their own index and sorted, as the list decides (list-plan.ts).
 */
export function conventionExportRows(db: Database, query: ConventionListQuery): { total: number; rows: IterableIterator<ConventionExportRow> } {
  const total = listConventions(db, { ...query, limit: 0, offset: 0 }).total;
  const nir = nirInSearch(query.search);
  const digest = nir === null ? undefined : nirDigest(db, nir);
  const where = whereClause(query, digest);
  const sort = sortIndex(query);
  const conventions = prepared<[], number>(db, 'SELECT count(*) FROM conventions').pluck().get()!;
  // A walk of the status index meets only that status's conventions (as the list counts them).
  const all =
    sort.index === 'conventions_by_status' && query.status !== undefined
      ? listConventions(db, { status: query.status, limit: 0, offset: 0 }).total
      : conventions;
  const readsRows = criteria(query, digest).some((c) => !c.isSearch || !c.exactCount) && !sort.coversFilters;
  const index = choosePlan(total, total, all, readsRows) === 'walk' ? `INDEXED BY ${sort.index}` : '';
  // Most of the conventions: their amounts read beforehand, in one pass.
  const amounts = total * 2 >= conventions ? latestAmounts(db) : null;
  const raw = prepared<[ListParams], RawRow>(
    db,
    `${ROW_SQL}${amounts ? '' : JOINED_AMOUNTS.columns}
     FROM conventions c ${index}
     JOIN employers er ON er.id = c.employer_id
     JOIN employees ee ON ee.id = c.employee_id
     ${amounts ? '' : JOINED_AMOUNTS.join}
     ${where.sql} ${orderClause(query.sort)}`,
  )
    .raw(true)
    .iterate(where.params);
  return { total, rows: shaped(raw, amounts) };
}
