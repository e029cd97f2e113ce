/** The saved views of the conventions list, kept as one JSON value of the `settings` table (checked by the service). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { getSetting, putSetting } from './workspace';

export const SAVED_VIEWS_SETTING = 'conventions.savedViews';

/** The stored value, as stored: the service keeps only the views that still fit. */
export function readStoredViews(db: Database): unknown {
  return getSetting<unknown>(db, SAVED_VIEWS_SETTING);
}

export function writeStoredViews(db: Database, views: readonly unknown[]): void {
  putSetting(db, SAVED_VIEWS_SETTING, views);
}
