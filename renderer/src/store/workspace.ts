/**
 * The open workspace as the renderer knows it: loaded once, then kept in step
 * with the services through the `workspace.changed` event and the replies of
 * the workspace actions.
 */
import { create } from 'zustand';
import type { ChannelInput, WorkspaceState } from '../../../shared/api/contract';
import type { WorkspaceRole } from '../../../shared/domain/enums';
import { call } from '../api/transport';
import { errorMessage } from '../api/errors';
import { useTodayStore } from './today';

type LoadStatus = 'loading' | 'ready' | 'failed';

interface WorkspaceStore {
  status: LoadStatus;
  state: WorkspaceState | null;
  loadError: string | null;
  leavingDemo: boolean;
  leaveDemoError: string | null;
  load: () => Promise<void>;
  apply: (state: WorkspaceState) => void;
  /** Throws the API error (French message) so the form can show it. */
  initialize: (input: ChannelInput<'workspace.initialize'>) => Promise<void>;
  /** Opens the encrypted workspace; throws the API error (wrong passphrase, in French). */
  unlock: (passphrase: string) => Promise<void>;
  /** Throws the API error (French message). */
  openDemo: (role: WorkspaceRole) => Promise<void>;
  leaveDemo: () => Promise<void>;
}

export const useWorkspaceStore = create<WorkspaceStore>()((set, get) => ({
  status: 'loading',
  state: null,
  loadError: null,
  leavingDemo: false,
  leaveDemoError: null,

  load: async () => {
    set({ status: 'loading', loadError: null });
    try {
      // Today comes with the workspace: no screen shows before both are known.
      const [state] = await Promise.all([call('workspace.get', {}), useTodayStore.getState().refresh()]);
      get().apply(state);
    } catch (error) {
      set({ status: 'failed', loadError: errorMessage(error) });
    }
  },

  apply: (state) => set({ status: 'ready', state, loadError: null }),

  initialize: async (input) => {
    get().apply(await call('workspace.initialize', input));
  },

  unlock: async (passphrase) => {
    get().apply(await call('workspace.unlock', { passphrase }));
  },

  openDemo: async (role) => {
    get().apply(await call('workspace.openDemo', { role }));
  },

  leaveDemo: async () => {
    set({ leavingDemo: true, leaveDemoError: null });
    try {
      const state = await call('workspace.closeDemo', {});
      set({ leavingDemo: false });
      get().apply(state);
    } catch (error) {
      set({ leavingDemo: false, leaveDemoError: errorMessage(error) });
    }
  },
}));

/** Changes whenever another workspace is opened: pages are remounted (and refetch) when it does. */
export function workspaceKey(state: WorkspaceState | null): string {
  const ws = state?.workspace;
  return ws ? `${state.active}:${ws.role}:${ws.createdAt}` : 'none';
}
