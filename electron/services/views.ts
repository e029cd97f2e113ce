/**
 * Saved views of the conventions list: a name and the search, filters and
 * sort it restores. Saving under an existing name (case aside) replaces it.
 * Each write is one transaction.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { conventionListFilters, type ConventionListFilters } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { inTransaction } from '../db/connection';
import { readStoredViews, writeStoredViews } from '../db/repositories/saved-views';

const MAX_SAVED_VIEWS = 50;

export interface SavedView {
  name: string;
  filters: ConventionListFilters;
}

/** The stored views, each checked again: a view that no longer fits the filters is left out. */
function readSavedViews(db: Database): SavedView[] {
  const stored = readStoredViews(db);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { name, filters } = item as { name?: unknown; filters?: unknown };
    const parsed = conventionListFilters.safeParse(filters);
    return typeof name === 'string' && parsed.success ? [{ name, filters: parsed.data }] : [];
  });
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'accent' }) === 0;
const byName = (a: SavedView, b: SavedView) => a.name.localeCompare(b.name, 'fr');

export function listViews(db: Database): SavedView[] {
  return readSavedViews(db).sort(byName);
}

export function saveView(db: Database, name: string, filters: ConventionListFilters): SavedView[] {
  return inTransaction(db, () => {
    const others = readSavedViews(db).filter((v) => !sameName(v.name, name));
    if (others.length >= MAX_SAVED_VIEWS) {
      throw new AppError('CONFLICT', `Vous avez déjà ${MAX_SAVED_VIEWS} vues enregistrées : supprimez-en une avant d'en créer une autre.`);
    }
    const views = [...others, { name, filters }].sort(byName);
    writeStoredViews(db, views);
    return views;
  });
}

export function deleteView(db: Database, name: string): SavedView[] {
  return inTransaction(db, () => {
    const views = readSavedViews(db);
    const kept = views.filter((v) => !sameName(v.name, name));
    if (kept.length === views.length) throw new AppError('NOT_FOUND', `Aucune vue enregistrée ne s'appelle « ${name} ».`);
    writeStoredViews(db, kept);
    return kept.sort(byName);
  });
}
