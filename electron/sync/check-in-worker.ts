/**
 * The checks of a large exchange file run in a worker thread while the
 * thread importing it plans and applies it (issue #16): for a return file of
 * 178,000 lines, the file's checks (structure, schema, texts, numbering,
 * checksum, plausibility: ~0.5 s) overlap the database work (~0.7 s). The
 * importer commits nothing before `problems()` has answered, and refuses a
 * file with problems with the reasons fileProblems gives in any thread.
 *
 * The wait is synchronous (a shared state with Atomics.wait, then
 * receiveMessageOnPort): the import is one better-sqlite3 transaction, which
 * cannot await a promise. The caller waits only for a check the worker has
 * begun; one it has not picked up when asked (the worker still starting, or
 * unable to start, or busy) is taken back and run in the calling thread, as
 * is one whose checks failed in the worker, or not answered in
 * ANSWER_TIMEOUT_MS, or where Atomics.wait is not allowed: same reasons, at
 * most the time of checking here.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { workerScript } from '../threads/worker-script';
import { CHECK_STATE, type CheckAnswer, type CheckRequest } from './check-protocol';
import { fileProblems } from './file-problems';
import { isShared } from './shared-bytes';

/** Longest wait for a check the worker has begun (27 MB are checked in ~0.5 s: a file of 64 MB, the most an import reads, in ~1.5 s). */
const ANSWER_TIMEOUT_MS = 30_000;

/**
 * One worker at a time, started by the first large file and kept while files come (a preview, then the import), unreferenced:
 * it never keeps the process alive. Stopped after IDLE_STOP_MS with no check pending: what it holds after a file of 27 MB
 * (~70 MB more than the same checks done in the calling thread leave, measured from the sources) is given back; the next
 * large file starts another (~0.2 s from the bundle, measured, while the importing thread reads the file).
 */
let checker: { thread: Worker; ready: Promise<void> } | null = null;
const IDLE_STOP_MS = 60_000;
let idleStop: NodeJS.Timeout | null = null;
/** Checks posted and not yet answered nor abandoned. */
let pendingChecks = 0;

function worker(): Worker {
  if (idleStop) clearTimeout(idleStop);
  idleStop = null;
  if (checker) return checker.thread;
  const { script, eval: evaluated } = workerScript(import.meta.url, 'check-worker');
  const thread = new Worker(script, { eval: evaluated });
  thread.unref();
  // Its only message to this side: its modules are loaded (check-worker.ts).
  const ready = new Promise<void>((resolve) => thread.once('message', () => resolve()));
  const forget = () => {
    if (checker?.thread === thread) checker = null;
  };
  thread.on('error', forget);
  thread.on('exit', forget);
  checker = { thread, ready };
  return thread;
}

/** With no check pending: the worker is stopped if no other check comes within IDLE_STOP_MS. */
function stopWhenIdle(): void {
  if (idleStop) clearTimeout(idleStop);
  if (pendingChecks > 0) return;
  idleStop = setTimeout(() => {
    idleStop = null;
    const idle = checker;
    checker = null;
    void idle?.thread.terminate();
  }, IDLE_STOP_MS);
  idleStop.unref();
}

/** Starts the worker if it is not, and resolves once it can take a check at once. */
export function checkerReady(): Promise<void> {
  worker();
  const { ready } = checker!;
  stopWhenIdle();
  return ready;
}

export interface PendingCheck {
  /** The file's problems (empty when it may be applied), waiting for the worker's answer if needed. */
  problems(): string[];
  /** The answer is no longer wanted (the file is checked in the calling thread instead): the worker skips it if not begun. */
  abandon(): void;
  /** Whether the worker has begun this check (it is then waited for, not taken back). */
  readonly begun: boolean;
  /** Who checked the file, once `problems()` has answered: the worker, or the calling thread where the worker had not begun or could not. */
  readonly checkedBy: 'worker' | 'caller' | null;
}

/** Starts the checks of `bytes`, received at `now`, in the worker. */
export function startFileCheck(bytes: Uint8Array, now: string): PendingCheck {
  const state = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  let answer: string[] | null = null;
  let posted = false;
  const settle = () => {
    port1.close();
    if (posted) pendingChecks--;
    posted = false;
    stopWhenIdle();
  };
  try {
    // Shared bytes are read by the worker where they are; others are copied for it: the caller keeps its bytes (the
    // quarantine writes them).
    const copy = isShared(bytes) ? null : new Uint8Array(bytes);
    worker().postMessage({ bytes: copy ?? bytes, now, state, port: port2 } satisfies CheckRequest, copy ? [copy.buffer, port2] : [port2]);
    pendingChecks++;
    posted = true;
  } catch {
    // No worker here: the request stays QUEUED and problems() takes it back.
  }
  const pending: PendingCheck & { checkedBy: PendingCheck['checkedBy'] } = {
    checkedBy: null,
    get begun() {
      const current = Atomics.load(state, 0);
      return current === CHECK_STATE.STARTED || current === CHECK_STATE.ANSWERED;
    },
    problems() {
      if (answer) return answer;
      answer = takenBack(state) ? null : awaited(state, port1);
      settle();
      pending.checkedBy = answer ? 'worker' : 'caller';
      answer ??= fileProblems(bytes, now);
      return answer;
    },
    abandon() {
      takenBack(state);
      settle();
    },
  };
  return pending;
}

/** Whether the request was still QUEUED, and is now the caller's. */
function takenBack(state: Int32Array): boolean {
  return Atomics.compareExchange(state, 0, CHECK_STATE.QUEUED, CHECK_STATE.TAKEN_BACK) === CHECK_STATE.QUEUED;
}

/** The answer of a check the worker has begun, or null (its checks failed, no answer in time, Atomics.wait refused here). */
function awaited(state: Int32Array, port: MessagePort): string[] | null {
  try {
    if (Atomics.wait(state, 0, CHECK_STATE.STARTED, ANSWER_TIMEOUT_MS) === 'timed-out') return null;
  } catch {
    return null;
  }
  if (Atomics.load(state, 0) !== CHECK_STATE.ANSWERED) return null;
  const received = receiveMessageOnPort(port) as { message: CheckAnswer } | undefined;
  return received?.message.problems ?? null;
}
