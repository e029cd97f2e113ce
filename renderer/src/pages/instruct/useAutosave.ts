/**
 * Drafts save themselves: once the form holds what the service needs to
 * number it, the first save creates the draft, later changes go to it
 * (debounced ~1 s, one save at a time). Every change is also kept in the
 * browser's storage, so a closed window loses nothing. The time of a save
 * is the one the service gives (saveState.ts).
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConventionView } from '../../../../shared/api/conventions-contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useWorkspaceStore } from '../../store/workspace';
import { localCopyWithoutNir } from './localCopy';
import { missingForDraft, removeLocal, writeLocal, type Doc, type LocalDraft } from './model';
import { savedState, type SaveState } from './saveState';

/**
 * An employer's convention received on paper is numbered by the order number typed
 * (AdministrationSection): until then the first save waits (the service would refuse it).
 */
export function receivedNumberMissing(doc: Doc, saved: unknown): boolean {
  const role = useWorkspaceStore.getState().state?.workspace?.role;
  return role === 'employeur' && (saved === null || saved === undefined) && !String((doc as { orderNumber?: unknown }).orderNumber ?? '').trim();
}

export function useAutosave(doc: Doc, initial: LocalDraft, enabled: boolean, onCreated: (draft: ConventionView) => void) {
  const [debounced] = useDebouncedValue(doc, 1000);
  const [state, setState] = useState<SaveState>({ conventionId: initial.conventionId, savedJson: initial.savedJson, savedAt: initial.savedAt, error: null });
  const idRef = useRef<number | null>(initial.conventionId);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const save = useCallback(
    (d: Doc): Promise<ConventionView> => {
      const run = async () => {
        const json = JSON.stringify(d);
        try {
          const id = idRef.current;
          const view = await call('conventions.saveDraft', id === null ? { document: d } : { document: d, conventionId: id });
          idRef.current = view.id;
          setState(savedState(view, json));
          if (id === null) {
            removeLocal('new');
            onCreated(view);
          }
          return view;
        } catch (error) {
          setState((s) => ({ ...s, error: errorMessage(error) }));
          throw error;
        }
      };
      const next = queue.current.then(run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [onCreated],
  );

  const numberMissing = receivedNumberMissing(debounced, state.conventionId);
  useEffect(() => {
    if (!enabled || missingForDraft(debounced).length > 0 || numberMissing || JSON.stringify(debounced) === state.savedJson) return;
    save(debounced).catch(() => undefined);
  }, [debounced, enabled, numberMissing, save, state.savedJson]);

  useEffect(() => {
    if (!enabled) return;
    writeLocal(state.conventionId ?? 'new', localCopyWithoutNir({ doc, conventionId: state.conventionId, savedJson: state.savedJson, savedAt: state.savedAt }));
  }, [doc, enabled, state]);

  const dirty = JSON.stringify(doc) !== state.savedJson;
  return { ...state, dirty, save };
}
