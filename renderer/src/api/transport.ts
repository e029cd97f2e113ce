/**
 * The renderer talks to the services through one typed API (`CaeApi`). In
 * the desktop window the preload exposes it as `window.cae` (IPC); in browser
 * mode it goes over HTTP to the local server, authenticated by the session
 * cookie (HttpOnly: this script never sees it) that the browser sends with
 * every same-origin request, and by the Origin it adds to every POST. Same
 * contract, same replies.
 */
import type { CaeApi, Channel, ChannelInput, EventName, EventPayload, ApiReplyOf } from '../../../shared/api/contract';
import type { ApiReply } from '../../../shared/api/result';
import { createEventStreamParser } from './eventStream';

declare global {
  interface Window {
    cae?: CaeApi;
  }
}

function readMeta(name: string): string {
  const value = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
  return value.startsWith('__') ? '' : value;
}

const NETWORK_ERROR = {
  ok: false as const,
  error: { code: 'INTERNAL' as const, message: "Le service local ne répond pas. Relancez l'application." },
};

function createHttpApi(): CaeApi {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<EventName, Set<Listener>>();
  let streaming = false;

  async function stream(): Promise<void> {
    // Server-sent events read through fetch; POST, like every /api/ call: the browser then always sends the Origin the server checks.
    const response = await fetch('/api/events', { method: 'POST', credentials: 'same-origin' });
    if (!response.ok || !response.body) throw new Error(`flux des événements refusé (${response.status})`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const push = createEventStreamParser((event, payload) => listeners.get(event as EventName)?.forEach((cb) => cb(payload)));
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      push(value);
    }
  }

  return {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiReplyOf<C>> {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel, input }),
        });
        return (await response.json()) as ApiReplyOf<C>;
      } catch {
        return NETWORK_ERROR;
      }
    },
    on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(callback as Listener);
      listeners.set(event, set);
      if (!streaming) {
        streaming = true;
        stream().catch(() => {
          streaming = false;
        });
      }
      return () => set.delete(callback as Listener);
    },
  };
}

export const api: CaeApi = window.cae ?? createHttpApi();
export const styleNonce = readMeta('cae-style-nonce');

let signInRequired: (message: string) => void = () => {};
/** Who shows the sign-in screen when the services answer that the session is over (accounts on, locked after inactivity). */
export function onSignInRequired(listener: (message: string) => void): void {
  signInRequired = listener;
}

/**
 * A reply's value, or its refusal thrown as an ApiCallError carrying the French
 * message (the sign-in screen told first when the session is over): for a
 * call and for a download refused before its first byte.
 */
export function replyValue<T>(reply: ApiReply<T>): T {
  if (!reply.ok && reply.error.code === 'SIGN_IN_REQUIRED') signInRequired(reply.error.message);
  if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message, reply.error.fields ?? {});
  return reply.value;
}

/** Calls a channel and returns its value, or throws an Error carrying the French message. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>) {
  return replyValue(await api.invoke(channel, input));
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Per-field French messages of an INVALID_INPUT reply. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}
