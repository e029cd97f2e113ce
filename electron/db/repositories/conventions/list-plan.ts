/**
 * How the conventions list reads a window: SQLite cannot know how many rows
 * a full-text search or a filter keeps, so the list counts first and chooses.
 *
 * - `walk`: the sort's covering index is read in order, each entry checked
 *   against the filters, until the window is full. Cost: the entries walked,
 *   ~0.03 µs each (a whole walk of 200,000 entries: ~6 ms).
 * - `seek`: the rows the filters keep are found by their own index (or the
 *   full-text index), then sorted. Cost: ~0.75 µs a row (a table lookup).
 *
 * Measured on 200,000 conventions (docs/performance.md). The ratio of the two
 * costs, rounded down, decides.
 */
export type ListPlan = 'walk' | 'seek';

/** A row found and sorted by `seek` costs this many index entries walked. */
const SEEK_COST_IN_WALKED_ENTRIES = 25;

/**
 * `rowsNeeded`: the rows to reach (offset + limit for a window, all the
 * matches for a count); `matches`: the rows the filters keep; `all`: every
 * convention. A walk meets a match every all/matches entries.
 */
export function choosePlan(rowsNeeded: number, matches: number, all: number): ListPlan {
  if (matches === 0) return 'seek';
  const walked = Math.min(all, (rowsNeeded * all) / matches);
  return walked <= matches * SEEK_COST_IN_WALKED_ENTRIES ? 'walk' : 'seek';
}
