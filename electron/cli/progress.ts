/**
 * The progress of a long command on stderr (issue #16): from 10,000 lines or
 * conventions, a line every 2 seconds and one at the end, in the screen's
 * words (taskProgressText); stdout keeps only the result, --json included.
 */
import { taskProgressText, type TaskProgress } from '../../shared/format/progress';
import { throttledProgress, type ProgressListener } from '../services/progress';
import type { CliIo } from './io';

/** Below this many, the work is over before a line would help. */
const LONG_WORK = 10_000;
const EVERY_MS = 2000;

export function progressOnStderr(io: CliIo, task: TaskProgress['task']): ProgressListener {
  return throttledProgress((done, total) => {
    if (total >= LONG_WORK) io.stderr(`${taskProgressText({ task, done, total })}\n`);
  }, EVERY_MS);
}
