/**
 * Entry of the worker thread that checks large exchange files
 * (check-in-worker.ts starts it, once per process): a request still QUEUED
 * is STARTED (one the caller took back is skipped), its answer posted on its
 * own port, then its state set to ANSWERED and notified, for a caller that
 * waits synchronously. Built beside each bundle
 * (scripts/build-cli.mjs, electron.vite.config.ts); run through tsx from the
 * sources.
 */
import { parentPort } from 'node:worker_threads';
import { CHECK_STATE, type CheckAnswer, type CheckRequest } from './check-protocol';
import { fileProblems } from './file-problems';

parentPort!.on('message', (request: CheckRequest) => {
  if (Atomics.compareExchange(request.state, 0, CHECK_STATE.QUEUED, CHECK_STATE.STARTED) !== CHECK_STATE.QUEUED) {
    request.port.close();
    return;
  }
  let answer: CheckAnswer;
  try {
    answer = { problems: fileProblems(request.bytes, request.now) };
  } catch {
    // A failure of the checks themselves: the caller runs them in its own thread, where the error is raised as usual.
    answer = { problems: null };
  }
  request.port.postMessage(answer);
  request.port.close();
  Atomics.store(request.state, 0, CHECK_STATE.ANSWERED);
  Atomics.notify(request.state, 0);
});

// Loaded: checks are taken at once from now on (checkerReady).
parentPort!.postMessage('ready');
