/**
 * Entry of the worker thread that drafts a large demo (draft-in-worker.ts
 * starts it): the demo's code runs here on a RecordingDb, and its writes are
 * posted by batches of CONVENTIONS_PER_BATCH conventions for the generating
 * thread to run. Built beside each bundle (scripts/build-cli.mjs,
 * electron.vite.config.ts); run through tsx from the sources.
 */
import { workerData } from 'node:worker_threads';
import { CONVENTIONS_PER_BATCH, DRAFT_STATE, MOST_BATCHES_AHEAD, type DraftMessage, type DraftRequest } from './draft-protocol';
import { draftDemo } from './draft';
import { RecordingDb } from '../../db/recorded-writes';

const { options, lastRowids, state, port } = workerData as DraftRequest;

/** The generating thread stopped waiting for the draft. */
class Stopped extends Error {}

function send(message: DraftMessage): void {
  port.postMessage(message);
  const posted = Atomics.add(state, DRAFT_STATE.POSTED, 1) + 1;
  Atomics.notify(state, DRAFT_STATE.POSTED);
  for (;;) {
    if (Atomics.load(state, DRAFT_STATE.STOPPED) === 1) throw new Stopped();
    const run = Atomics.load(state, DRAFT_STATE.RUN);
    if (posted - run <= MOST_BATCHES_AHEAD) return;
    Atomics.wait(state, DRAFT_STATE.RUN, run, 1_000);
  }
}

const recorder = new RecordingDb(lastRowids);
try {
  const drafted = draftDemo(recorder.asDb(), options, (done) => {
    if (done % CONVENTIONS_PER_BATCH === 0 && done < options.conventions) send({ kind: 'writes', writes: recorder.take(), done });
  });
  send({ kind: 'drafted', writes: recorder.take(), drafted });
} catch (error) {
  if (!(error instanceof Stopped)) {
    try {
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } catch {
      // Stopped meanwhile: nobody waits for the reason.
    }
  }
} finally {
  port.close();
}
