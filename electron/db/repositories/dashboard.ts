/**
 * The dashboard's counts that need an index of their own at 200,000
 * conventions (migration 0015). INDEXED BY holds each statement to its small
 * index: left free, the planner walked the index of statuses and ends
 * (conventions_status_end, dropped by 0028), reading every running convention
 * twelve times over (2.1 s).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../statements';

const RUNNING = `status IN ('signee', 'en_cours', 'terminee', 'resiliee', 'denoncee')`;
/** Later than every day and than the open end ('9999-12-31'): both bounds stay in the index's range (an OR would drop one). */
const NEVER = '9999-12-32';

/** Conventions signed or past signature not ended before `from` but before `to` ([from, to[). */
function notEndedBetween(db: Database, from: string, to: string): number {
  return prepared<[{ from: string; to: string }], number>(
    db,
    `SELECT count(*) FROM conventions INDEXED BY conventions_running_until
     WHERE ${RUNNING} AND coalesce(ends_on, '9999-12-31') >= @from AND coalesce(ends_on, '9999-12-31') < @to`,
  )
    .pluck()
    .get({ from, to })!;
}

/** Conventions signed or past signature starting after `after`, but not after `until` (]after, until]). */
function startingBetween(db: Database, after: string, until: string): number {
  return prepared<[{ after: string; until: string }], number>(
    db,
    `SELECT count(*) FROM conventions INDEXED BY conventions_running_from
     WHERE ${RUNNING} AND starts_on > @after AND starts_on <= @until`,
  )
    .pluck()
    .get({ after, until })!;
}

/**
 * Conventions running on each of `days` (in ascending order; signed or in
 * progress, or ended since, early or not): starts_on ≤ day ≤ ends_on. Counted
 * as those not ended before the day less those not started yet (a convention
 * starting after the day ends after it too: ends_on ≥ starts_on), each from
 * the last day back, adding only the conventions between two days: every
 * entry of the two partial indexes is read once, not once a day.
 */
export function countRunningOnEach(db: Database, days: readonly string[]): number[] {
  const counts: number[] = [];
  let notEnded = 0;
  let notStarted = 0;
  for (let k = days.length - 1; k >= 0; k--) {
    const next = days[k + 1] ?? NEVER;
    notEnded += notEndedBetween(db, days[k]!, next);
    notStarted += startingBetween(db, days[k]!, next);
    counts[k] = notEnded - notStarted;
  }
  return counts;
}
