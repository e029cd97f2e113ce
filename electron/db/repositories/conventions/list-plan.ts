/**
 * How the conventions list reads a window: SQLite cannot know how many rows
 * a full-text search or a filter keeps, so the list counts first and chooses.
 *
 * - `walk`: the sort's index is read in order, each entry checked against
 *   the filters, until the window is full. Cost: the entries walked, ~0.03 µs
 *   each when the index carries the filtered columns (a whole walk of
 *   200,000 entries: ~6 ms), a table lookup (~0.75 µs) each when it does not
 *   and there are filters to check.
 * - `seek`: the rows the filters keep are found by their own index (or the
 *   full-text index), then sorted. Cost: ~0.75 µs a row (a table lookup).
 *
 * Measured on 200,000 conventions (docs/performance.md). The ratio of the
 * costs, rounded down, decides.
 */
export type ListPlan = 'walk' | 'seek';

/** A table lookup costs this many index entries walked. */
const LOOKUP_COST_IN_ENTRIES = 25;

/**
 * `rowsNeeded`: the rows to reach (offset + limit for a window, all the
 * matches for a count); `matches`: the rows the filters keep; `all`: every
 * convention; `readsRows`: whether walking must read each row to check the
 * filters (an index without the filtered columns, with filters). A walk
 * meets a match every all/matches entries.
 */
export function choosePlan(rowsNeeded: number, matches: number, all: number, readsRows = false): ListPlan {
  if (matches === 0) return 'seek';
  const walked = Math.min(all, (rowsNeeded * all) / matches);
  const walkCost = walked * (readsRows ? LOOKUP_COST_IN_ENTRIES : 1);
  return walkCost <= matches * LOOKUP_COST_IN_ENTRIES ? 'walk' : 'seek';
}
