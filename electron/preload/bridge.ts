/**
 * What the preload exposes to the page as `window.cae`: exactly the typed
 * `CaeApi` (invoke + on), never `ipcRenderer` itself. Unknown channel and
 * event names are refused here, before anything crosses to main (which
 * checks again and validates every payload).
 */
import {
  isChannel,
  isEventName,
  type ApiReplyOf,
  type CaeApi,
  type Channel,
  type ChannelInput,
  type EventName,
  type EventPayload,
} from '../../shared/api/contract';
import type { ApiReply } from '../../shared/api/result';
import { IPC_EVENT, IPC_INVOKE } from './ipc-names';

/** The part of Electron's ipcRenderer the bridge uses (a fake in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const IPC_FAILURE: ApiReply<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: "Le service de l'application ne répond pas. Relancez l'application." },
};

export function createBridge(ipc: IpcRendererLike): CaeApi {
  const api: CaeApi = {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiReplyOf<C>> {
      if (!isChannel(channel)) {
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Action inconnue : ${String(channel).slice(0, 80)}` } };
      }
      try {
        return (await ipc.invoke(IPC_INVOKE, channel, input)) as ApiReplyOf<C>;
      } catch {
        return IPC_FAILURE;
      }
    },
    on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
      if (!isEventName(event)) throw new Error(`Événement inconnu : ${String(event).slice(0, 80)}`);
      // The page gets the payload only, never Electron's event object (it holds the sender).
      const listener = (_ipcEvent: unknown, name: unknown, payload: unknown): void => {
        if (name === event) callback(payload as EventPayload<E>);
      };
      ipc.on(IPC_EVENT, listener as (event: unknown, ...args: unknown[]) => void);
      return () => {
        ipc.removeListener(IPC_EVENT, listener as (event: unknown, ...args: unknown[]) => void);
      };
    },
  };
  return Object.freeze(api);
}
