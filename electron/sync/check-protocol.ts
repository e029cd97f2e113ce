/**
 * What the thread importing a large exchange file and the worker checking it
 * (check-in-worker.ts, check-worker.ts) exchange: the file, and a state both
 * sides change with Atomics.compareExchange, so that a request is checked by
 * exactly one of them.
 */
import type { MessagePort } from 'node:worker_threads';

export interface CheckRequest {
  bytes: Uint8Array;
  now: string;
  /** The request's CHECK_STATE, changed by Atomics.compareExchange on either side. */
  state: Int32Array;
  port: MessagePort;
}

/** Where a request is: the worker takes a QUEUED one (→ STARTED, then ANSWERED); the caller takes back one still QUEUED (→ TAKEN_BACK). */
export const CHECK_STATE = { QUEUED: 0, STARTED: 1, ANSWERED: 2, TAKEN_BACK: 3 } as const;

/** `problems: null`: the checks failed in the worker; the caller runs them itself. */
export interface CheckAnswer {
  problems: string[] | null;
}
