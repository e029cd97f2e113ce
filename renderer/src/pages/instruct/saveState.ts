/**
 * What the instruction form knows of its last save, and how it says it. The
 * time shown (« Enregistré à HH:MM ») is the save's own, by the app's one
 * clock (the main process's, which SOURCE_DATE_EPOCH pins): the draft's
 * `updatedAt` as the save returned it, not the renderer's clock.
 */
import type { ConventionView } from '../../../../shared/api/conventions-contract';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import { formatClock } from '../../../../shared/format/input';

export interface SaveState {
  conventionId: number | null;
  /** The JSON of the document last saved, to tell unsaved changes. */
  savedJson: string | null;
  /** The instant of the last save (ISO 8601), by the app's clock. */
  savedAt: string | null;
  error: string | null;
}

/** The state after a save of `savedJson` that returned `view`. */
export function savedState(view: Pick<ConventionView, 'id' | 'updatedAt'>, savedJson: string): SaveState {
  return { conventionId: view.id, savedJson, savedAt: view.updatedAt, error: null };
}

/** The line beside the status badge: unsaved changes of a draft, else when it was saved. */
export function saveStatusText({ status, dirty, savedAt }: { status: ConventionStatus; dirty: boolean; savedAt: string | null }): string {
  if (dirty && status === 'brouillon') return 'Modifications non enregistrées';
  return savedAt ? `Enregistré à ${formatClock(new Date(savedAt))}` : 'Pas encore enregistré';
}
