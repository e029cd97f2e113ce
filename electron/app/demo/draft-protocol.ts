/**
 * What the generating thread and the worker that drafts a demo exchange
 * (draft-in-worker.ts, demo-worker.ts): the draft's request, then its batches
 * of recorded writes, each counted in a shared state so that the generating
 * thread, inside its transaction, waits for them synchronously (Atomics.wait,
 * then receiveMessageOnPort), and the worker stays at most MOST_BATCHES_AHEAD
 * batches ahead of it.
 */
import type { MessagePort } from 'node:worker_threads';
import type { DraftedDemo, DraftOptions } from './draft';
import type { LastRowids, RecordedWrites } from '../../db/recorded-writes';

/** Slots of the shared state (Int32Array). */
export const DRAFT_STATE = {
  /** Messages the worker has posted. */
  POSTED: 0,
  /** Messages the generating thread has run. */
  RUN: 1,
  /** 1 once the generating thread no longer wants the draft (it failed or is done): the worker stops. */
  STOPPED: 2,
} as const;

/** Conventions drafted between two messages (~60 ms of drafting, ~0.5 MB of writes). */
export const CONVENTIONS_PER_BATCH = 250;

/** Batches the worker may post before the generating thread has run them (memory stays under ~10 MB). */
export const MOST_BATCHES_AHEAD = 16;

export interface DraftRequest {
  options: DraftOptions;
  lastRowids: LastRowids;
  /** Int32Array over a SharedArrayBuffer, slots DRAFT_STATE. */
  state: Int32Array;
  port: MessagePort;
}

export type DraftMessage =
  | { kind: 'writes'; writes: RecordedWrites; done: number }
  | { kind: 'drafted'; writes: RecordedWrites; drafted: DraftedDemo }
  | { kind: 'failed'; message: string };
