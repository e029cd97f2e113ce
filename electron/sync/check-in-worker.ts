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

/** Longest wait for a check the worker has begun (a file of 64 MB, the most an import reads, is checked in ~1.5 s). */
const ANSWER_TIMEOUT_MS = 30_000;

/** One worker for the process, started by the first large file, unreferenced: it never keeps the process alive. */
let checker: { thread: Worker; ready: Promise<void> } | null = null;

function worker(): Worker {
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

/** Starts the worker if it is not, and resolves once it can take a check at once. */
export function checkerReady(): Promise<void> {
  worker();
  return checker!.ready;
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
  try {
    // A copy handed over: the caller keeps its bytes (the quarantine writes them).
    const copy = new Uint8Array(bytes);
    worker().postMessage({ bytes: copy, now, state, port: port2 } satisfies CheckRequest, [copy.buffer, port2]);
  } catch {
    // No worker here: the request stays QUEUED and problems() takes it back.
  }
  const pending: PendingCheck & { checkedBy: PendingCheck['checkedBy'] } = {
    checkedBy: null,
    get begun() {
      const now = Atomics.load(state, 0);
      return now === CHECK_STATE.STARTED || now === CHECK_STATE.ANSWERED;
    },
    problems() {
      if (answer) return answer;
      answer = takenBack(state) ? null : awaited(state, port1);
      port1.close();
      pending.checkedBy = answer ? 'worker' : 'caller';
      answer ??= fileProblems(bytes, now);
      return answer;
    },
    abandon() {
      takenBack(state);
      port1.close();
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
