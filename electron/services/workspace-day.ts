/**
 * The day a workspace is seen from. A demo is set in the past (the measures
 * ran 2005–2010): its screens and `cae lots` see it from its reference date,
 * unless SOURCE_DATE_EPOCH pins the clock (reproducible runs).
 */
import type { Database } from 'better-sqlite3';
import type { Clock } from './clock';
import { readReferenceDate } from '../db/repositories/workspace';

export function workspaceToday(db: Database, clock: Pick<Clock, 'today' | 'pinned'>): string {
  if (clock.pinned) return clock.today();
  return readReferenceDate(db) ?? clock.today();
}
