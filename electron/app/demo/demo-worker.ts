/**
 * Entry of the worker thread that drafts a large demo (draft-in-worker.ts
 * starts it): the demo's code runs here on a RecordingDb, and its writes are
 * posted by batches of CONVENTIONS_PER_BATCH conventions (before them, of
 * `sharing.employersPerBatch` employers) for the generating thread to run.
 * While that thread lags behind, the documents of the next batch are
 * deflated here (draft-protocol.ts, DraftSharing). Built beside each bundle
 * (scripts/build-cli.mjs, electron.vite.config.ts); run through tsx from the
 * sources.
 */
import { workerData } from 'node:worker_threads';
import { CONVENTIONS_PER_BATCH, DRAFT_STATE, MOST_BATCHES_AHEAD, type DraftMessage, type DraftRequest } from './draft-protocol';
import { draftDemo } from './draft';
import { RecordingDb } from '../../db/recorded-writes';
import { PACKED_DOCUMENT_SQL } from '../../db/repositories/versions/document-parts';
import { deflateDocumentText } from '../../db/repositories/versions/packing';

const { options, sharing, lastRowids, state, port } = workerData as DraftRequest;

/** The generating thread stopped waiting for the draft. */
class Stopped extends Error {}

/** Whether this thread deflates the documents of the batch it drafts (decided at each message posted). */
let deflateHere = sharing.deflateFromBatchesAhead <= 0;
/** Documents deflated here. */
let deflated = 0;

function send(message: DraftMessage): void {
  port.postMessage(message);
  const posted = Atomics.add(state, DRAFT_STATE.POSTED, 1) + 1;
  Atomics.notify(state, DRAFT_STATE.POSTED);
  for (;;) {
    if (Atomics.load(state, DRAFT_STATE.STOPPED) === 1) throw new Stopped();
    const run = Atomics.load(state, DRAFT_STATE.RUN);
    deflateHere = posted - run >= sharing.deflateFromBatchesAhead;
    if (posted - run <= MOST_BATCHES_AHEAD) return;
    Atomics.wait(state, DRAFT_STATE.RUN, run, 1_000);
  }
}

/** A version's write binds its document's text, or, while this thread deflates, the text deflated (the same stored bytes). */
function deflateDocument(sql: string): ((named: Record<string, unknown>) => void) | undefined {
  if (!sql.includes(PACKED_DOCUMENT_SQL)) return undefined;
  return (named) => {
    if (!deflateHere || typeof named.document !== 'string') return;
    named.document = deflateDocumentText(named.document);
    deflated++;
  };
}

const recorder = new RecordingDb(lastRowids, deflateDocument);
try {
  const drafted = draftDemo(
    recorder.asDb(),
    options,
    (done) => {
      if (done % CONVENTIONS_PER_BATCH === 0 && done < options.conventions) send({ kind: 'writes', writes: recorder.take(), done });
    },
    (employers) => {
      if (employers % sharing.employersPerBatch === 0) send({ kind: 'writes', writes: recorder.take(), done: 0 });
    },
  );
  send({ kind: 'drafted', writes: recorder.take(), drafted, documentsDeflated: deflated });
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
