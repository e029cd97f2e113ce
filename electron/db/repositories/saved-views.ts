/** The saved views of the conventions list, kept as one JSON value of the `settings` table. */
import type { Database } from 'better-sqlite3';
import { conventionListFilters, type ConventionListFilters } from '../../../shared/api/contract';
import { getSetting, putSetting } from './workspace';

export const SAVED_VIEWS_SETTING = 'conventions.savedViews';

export interface SavedView {
  name: string;
  filters: ConventionListFilters;
}

/** The stored views, each checked again: a view that no longer fits the filters is left out. */
export function readSavedViews(db: Database): SavedView[] {
  const stored = getSetting<unknown>(db, SAVED_VIEWS_SETTING);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { name, filters } = item as { name?: unknown; filters?: unknown };
    const parsed = conventionListFilters.safeParse(filters);
    return typeof name === 'string' && parsed.success ? [{ name, filters: parsed.data }] : [];
  });
}

export function writeSavedViews(db: Database, views: SavedView[]): void {
  putSetting(db, SAVED_VIEWS_SETTING, views);
}
