/**
 * A large demo drafted on two cores (issue #16): a worker thread runs the
 * demo's code — Faker, the documents' JSON, the rules' schedules, the NIR
 * hashes — on a RecordingDb, while this thread runs the writes it records, in
 * its transaction, as they come (the documents are compressed by those writes,
 * cae_pack_version_document, unless the worker, ahead, has done it: the two
 * threads kept about as busy, draft-protocol.ts).
 * The result is the same database as a draft in one thread (tested): the same
 * statements in the same order, with the same values (a document's text or
 * its deflated bytes: the same stored bytes), every id the draft used checked
 * (recorded-writes.ts). The worker never sees the database, its
 * file or its passphrase.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Db } from '../../db/connection';
import { workerScript } from '../../threads/worker-script';
import { DEFAULT_SHARING, DRAFT_STATE, type DraftMessage, type DraftRequest, type DraftSharing } from './draft-protocol';
import type { DraftedDemo, DraftOptions } from './draft';
import { lastRowids, replayWrites } from '../../db/recorded-writes';

/** Longest wait for the worker's next batch (one takes ~60 ms; starting the worker from the sources ~0.5 s). */
const BATCH_TIMEOUT_MS = 60_000;

/** Whether this thread may wait synchronously (not in a browser's main thread, nor where the host forbids it). */
function canWaitHere(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/** The drafting worker, or null when its module is not there or it cannot start. */
function startWorker(request: DraftRequest): Worker | null {
  const { script, eval: evaluated } = workerScript(import.meta.url, 'demo-worker');
  // A bundle built without the worker's module: a Worker would only say so later, as an event this thread cannot receive.
  if (!evaluated && !fs.existsSync(fileURLToPath(script))) return null;
  try {
    return new Worker(script, { eval: evaluated, workerData: request, transferList: [request.port] });
  } catch {
    return null;
  }
}

/** A draft made in the worker, with the number of its documents the worker deflated (the rest: this thread's writes). */
export interface DraftedInWorker extends DraftedDemo {
  documentsDeflatedThere: number;
}

export interface DraftInWorkerTuning {
  /** How the worker shares the work (DEFAULT_SHARING). */
  sharing?: DraftSharing;
  /** A worker silent this long is an error (BATCH_TIMEOUT_MS). */
  silenceLimitMs?: number;
}

/**
 * Drafts the demo in a worker and runs its writes on `db` (inside the caller's transaction); `onDrafted(done)` after each
 * batch of conventions run. Null when no worker can be started here: the caller drafts in its own thread. A worker
 * silent for the silence limit is an error (nothing written).
 */
export function draftInWorker(db: Db, options: DraftOptions, onDrafted: (done: number) => void, tuning: DraftInWorkerTuning = {}): DraftedInWorker | null {
  if (!canWaitHere()) return null;
  const silenceLimitMs = tuning.silenceLimitMs ?? BATCH_TIMEOUT_MS;
  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const request: DraftRequest = { options, sharing: tuning.sharing ?? DEFAULT_SHARING, lastRowids: lastRowids(db), state, port: port2 };
  const worker = startWorker(request);
  if (!worker) {
    port1.close();
    return null;
  }
  try {
    const statements: string[] = [];
    let run = 0;
    for (;;) {
      const received = receiveMessageOnPort(port1);
      if (!received) {
        const waited = Atomics.wait(state, DRAFT_STATE.POSTED, run, silenceLimitMs);
        if (waited === 'timed-out' && Atomics.load(state, DRAFT_STATE.POSTED) === run) {
          const seconds = (silenceLimitMs / 1000).toLocaleString('fr-FR');
          throw new Error(`La démonstration n’a pas pu être générée : le fil qui la prépare n’a rien envoyé pendant ${seconds} s.`);
        }
        continue;
      }
      const message = received.message as DraftMessage;
      if (message.kind === 'failed') throw new Error(`La démonstration n’a pas pu être générée : ${message.message}`);
      replayWrites(db, statements, message.writes);
      Atomics.store(state, DRAFT_STATE.RUN, ++run);
      Atomics.notify(state, DRAFT_STATE.RUN);
      if (message.kind === 'drafted') return Object.assign({}, message.drafted, { documentsDeflatedThere: message.documentsDeflated });
      if (message.done > 0) onDrafted(message.done);
    }
  } finally {
    Atomics.store(state, DRAFT_STATE.STOPPED, 1);
    Atomics.notify(state, DRAFT_STATE.RUN);
    port1.close();
    void worker.terminate();
  }
}
