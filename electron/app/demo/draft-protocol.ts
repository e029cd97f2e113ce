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

/**
 * How the worker shares the work with the generating thread. Whoever deflates a document, its stored bytes are the
 * same (packing.ts): the sharing changes when things are done, never what is written.
 */
export interface DraftSharing {
  /** Employers drafted between two messages: the generating thread writes them while the worker drafts the next. */
  employersPerBatch: number;
  /**
   * From this many batches posted and not yet run (the generating thread lagging), the worker deflates the documents
   * of its next batch itself (~40 µs each, a quarter of that thread's work); below, it leaves them to the writes.
   */
  deflateFromBatchesAhead: number;
}

/**
 * ~60 ms of drafting a message, as a batch of conventions; half the batches the worker may keep ahead: the generating
 * thread, the one that limits at 200,000 conventions, is relieved as soon as it falls behind (docs/performance.md).
 */
export const DEFAULT_SHARING: DraftSharing = { employersPerBatch: 2_000, deflateFromBatchesAhead: MOST_BATCHES_AHEAD / 2 };

export interface DraftRequest {
  options: DraftOptions;
  sharing: DraftSharing;
  lastRowids: LastRowids;
  /** Int32Array over a SharedArrayBuffer, slots DRAFT_STATE. */
  state: Int32Array;
  port: MessagePort;
}

/** `done`: the conventions drafted so far (0 in the employers' batches, which come first). */
export type DraftMessage =
  | { kind: 'writes'; writes: RecordedWrites; done: number }
  | { kind: 'drafted'; writes: RecordedWrites; drafted: DraftedDemo; documentsDeflated: number }
  | { kind: 'failed'; message: string };
