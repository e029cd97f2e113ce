/**
 * Deep windows of the whole conventions list without walking to them. An
 * OFFSET walks every index entry before the window (offset 150,000 of
 * 200,000: ~20 ms, issue #16); SQLite's B-trees cannot jump to a position.
 * So the list keeps, for each sort, the keys of every ANCHOR_STEP-th
 * convention in that order, and starts a deep window from the anchor before
 * it (a keyset seek), walking fewer than ANCHOR_STEP entries.
 *
 * Anchors are found as far as a window needs them, each from the previous
 * one (together, one walk of the index up to the window: never more than the
 * OFFSET they replace), and hold for one state of the table: a write of this
 * connection (`total_changes()`) or a commit of another (`data_version`)
 * drops them all; none is found or used inside a transaction (a rollback
 * leaves total_changes() as it was). They serve the unfiltered list only,
 * the one scrolled from end to end; a filtered or searched list keeps its
 * own plan (list-plan.ts).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared, writeState } from '../../statements';
import { orderByKeys, type ListParams, type SortIndex } from './list-sql';

/** Entries between two anchors: a window walks fewer than this many (~0.1 ms). */
export const ANCHOR_STEP = 1000;

interface Anchors {
  state: string;
  /** By sort (index and direction): the keys, then the id, of the conventions at positions STEP, 2·STEP, … */
  bySort: Map<string, unknown[][]>;
}

const cache = new WeakMap<Database, Anchors>();

function anchorsOf(db: Database, key: string): unknown[][] {
  const state = writeState(db);
  let anchors = cache.get(db);
  if (!anchors || anchors.state !== state) {
    anchors = { state, bySort: new Map() };
    cache.set(db, anchors);
  }
  let found = anchors.bySort.get(key);
  if (!found) {
    found = [];
    anchors.bySort.set(key, found);
  }
  return found;
}

/**
 * From the anchor's keys (sort keys, then id) on, in the sort's direction.
 * A sort key that is an expression (undated ends) is sought on its own first:
 * SQLite seeks an index on an expression with a plain comparison, not with a
 * row value; the row value then places the anchor among equal keys.
 */
function fromAnchor(sort: SortIndex, dir: 'asc' | 'desc', anchor: readonly unknown[]): { sql: string; params: ListParams } {
  const columns = [...sort.keys, 'c.id'];
  const op = dir === 'asc' ? '>=' : '<=';
  const params: ListParams = Object.fromEntries(anchor.map((value, i) => [`anchor${i}`, value as string | number]));
  const names = columns.map((_, i) => `@anchor${i}`);
  const rowValue = `(${columns.join(', ')}) ${op} (${names.join(', ')})`;
  const first = sort.keys[0]!;
  return { sql: first.includes('(') ? `${first} ${op} @anchor0 AND ${rowValue}` : rowValue, params };
}

/** The keys of the convention `ANCHOR_STEP` places after `previous` (after the first one when none), or undefined past the end. */
function nextAnchor(db: Database, sort: SortIndex, dir: 'asc' | 'desc', previous: readonly unknown[] | undefined): unknown[] | undefined {
  const from = previous ? fromAnchor(sort, dir, previous) : { sql: '', params: {} };
  const sql = `SELECT ${[...sort.keys, 'c.id'].join(', ')} FROM conventions c INDEXED BY ${sort.index}
    ${from.sql ? `WHERE ${from.sql}` : ''} ${orderByKeys(sort.keys, dir)} LIMIT 1 OFFSET ${ANCHOR_STEP}`;
  return prepared<[ListParams], unknown[]>(db, sql).raw().get(from.params);
}

/**
 * Where a window at `offset` of the unfiltered list starts: the condition
 * that seeks the anchor before it, and the entries still to skip from there.
 * Null for a window near the top (an OFFSET is as quick).
 */
export function windowStart(db: Database, sort: SortIndex, dir: 'asc' | 'desc', offset: number): { sql: string; params: ListParams; skip: number } | null {
  const wanted = Math.floor(offset / ANCHOR_STEP);
  // Inside a transaction the table may yet be rolled back, and total_changes() would not say so: no anchor is kept from it.
  if (wanted === 0 || db.inTransaction) return null;
  const anchors = anchorsOf(db, `${sort.index}:${dir}`);
  while (anchors.length < wanted) {
    const next = nextAnchor(db, sort, dir, anchors.at(-1));
    if (!next) break;
    anchors.push(next);
  }
  if (anchors.length === 0) return null;
  const used = Math.min(wanted, anchors.length);
  return { ...fromAnchor(sort, dir, anchors[used - 1]!), skip: offset - used * ANCHOR_STEP };
}
