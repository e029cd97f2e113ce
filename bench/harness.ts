/**
 * The bench harness: every figure is a median and a p95 over repeated runs,
 * compared with a baseline measured in the same run (raw SQLite statements or
 * plain JSON on the same data), because the machine is noisy. A bench file
 * exports `run(context)` and returns its metrics; bench/run.ts prints them
 * and writes bench/results.json.
 */
import { performance } from 'node:perf_hooks';

export type Unit = 'ms' | 's' | 'MB' | 'KB' | '×';

export interface Metric {
  /** Stable key of bench/results.json, e.g. `list.sortEmployee.p95`. */
  key: string;
  /** What a reader sees in the table (French). */
  label: string;
  value: number;
  unit: Unit;
  /** The figure must stay at or below this (same unit); null when the figure is only reported. */
  target: number | null;
  /** The same work done the plainest way in the same run (same unit), or null. */
  baseline: number | null;
}

export interface BenchContext {
  /** `small` (BENCH_SCALE=small, under a minute) or `full`. */
  scale: 'small' | 'full';
  /** The number of conventions of the main workspace (200,000 in full). */
  conventions: number;
  /** Demo workspaces already generated (clear SQLite files), by number of conventions: the main one and the growth steps. */
  workspaces: Map<number, string>;
  /** Seconds `cae demo` took to generate each of them (generateDemoWorkspace, timed by the runner). */
  generationSeconds: Map<number, number>;
  /** A folder of its own for the bench's temporary files, removed after the run. */
  tempDir: string;
}

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Runs `work` `runs` times after `warmup` unmeasured runs; milliseconds. */
export function time(work: () => unknown, runs = 20, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** The same for asynchronous work (a browser, a child process). */
export async function timeAsync(work: () => Promise<unknown>, runs = 5, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** A metric, rounded to what the table shows. */
export function metric(key: string, label: string, value: number, unit: Unit, target: number | null = null, baseline: number | null = null): Metric {
  const round = (n: number) => Math.round(n * 100) / 100;
  return { key, label, value: round(value), unit, target, baseline: baseline === null ? null : round(baseline) };
}
