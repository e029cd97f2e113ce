/**
 * The day a workspace is seen from. A demo is set in the past (the measures
 * ran 2005–2010): its screens and `cae lots` see it from its reference date,
 * unless SOURCE_DATE_EPOCH pins the clock (reproducible runs).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Clock } from './clock';
import { readReferenceDate } from '../db/repositories/workspace';

export function workspaceToday(db: Database, clock: Pick<Clock, 'today' | 'pinned'>): string {
  if (clock.pinned) return clock.today();
  return readReferenceDate(db) ?? clock.today();
}

/**
 * The instant of a record or a file in a workspace seen from its day: a
 * demo's reference date at the clock's time of day (« Enregistré le
 * 15/06/2009 à 10:42 » in a demo seen from 15/06/2009), the clock itself
 * otherwise.
 */
export function workspaceNow(db: Database, clock: Pick<Clock, 'today' | 'now' | 'pinned'>): string {
  const now = clock.now();
  if (clock.pinned) return now;
  const reference = readReferenceDate(db);
  return reference ? `${reference}${now.slice(10)}` : now;
}
