/**
 * Progress of long work (issue #16: demo generation, export, import, checking
 * every convention), told at most every `intervalMs` and always at the end,
 * so a loop over 200,000 rows can report each row without flooding the
 * event stream or the terminal.
 */
export type ProgressListener = (done: number, total: number) => void;

export function throttledProgress(listener: ProgressListener, intervalMs = 250, now: () => number = Date.now): ProgressListener {
  let last = -Infinity;
  return (done, total) => {
    const at = now();
    if (done < total && at - last < intervalMs) return;
    last = at;
    listener(done, total);
  };
}
