/**
 * The accounts of the open workspace as the renderer knows them: off (no
 * account, no sign-in), or on with the signed-in account or none (the sign-in
 * screen shows). A call answered « sign-in required » (session locked after
 * inactivity) brings the sign-in screen back with its message.
 */
import { create } from 'zustand';
import type { AccountsStatus } from '../../../shared/api/accounts-contract';
import type { ChannelInput } from '../../../shared/api/contract';
import { call, onSignInRequired } from '../api/transport';

interface AccountsStore {
  status: AccountsStatus | null;
  /** Why the sign-in screen shows (session locked after inactivity), if not simply opened. */
  notice: string | null;
  load: () => Promise<void>;
  apply: (status: AccountsStatus) => void;
  /** Throws the API error (French message). */
  signIn: (input: ChannelInput<'accounts.signIn'>) => Promise<void>;
  signOut: () => Promise<void>;
}

export const useAccountsStore = create<AccountsStore>()((set, get) => ({
  status: null,
  notice: null,
  load: async () => {
    const was = get().status?.signedIn;
    const status = await call('accounts.status', {});
    // Signed in a moment ago, not any more: the services ended the session after inactivity.
    set(
      was && status.enabled && !status.signedIn
        ? { status, notice: `Session verrouillée après ${status.lockMinutes} minutes d'inactivité : reconnectez-vous.` }
        : { status },
    );
  },
  apply: (status) => set({ status, notice: null }),
  signIn: async (input) => set({ status: await call('accounts.signIn', input), notice: null }),
  signOut: async () => set({ status: await call('accounts.signOut', {}), notice: null }),
}));

onSignInRequired((message) =>
  useAccountsStore.setState((s) => ({ notice: message, status: s.status ? { ...s.status, enabled: true, signedIn: null } : s.status })),
);
