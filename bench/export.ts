/**
 * The conventions CSV export (issue #16): the export of the main workspace
 * (200,000 conventions in full) run in a child process, its time and its peak
 * memory (the child's own peak resident memory, VmHWM on Linux); and the export of 100,000 lines against the
 * plainest work on the same rows: one raw SELECT of the conventions and
 * JSON.stringify of them, each the median of RATIO_RUNS runs taken in turn
 * (one run of each gave 1.64× to 2.58× for the same code on this machine).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { metric, summarize, type BenchContext, type Metric } from './harness';

interface ChildResult {
  rows: number;
  ms: number;
  maxRssMB: number;
}

/** The export in a child process of its own (node + tsx), on a copy of the workspace: its peak memory is its own. */
function exportInChild(workspace: string, tempDir: string, mode: 'export' | 'idle' = 'export'): ChildResult {
  const copy = path.join(tempDir, `export-${path.basename(path.dirname(workspace))}.sqlite`);
  copyFileSync(workspace, copy);
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'export-child.ts'), copy, `${copy}.csv`, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as ChildResult;
}

/**
 * Baseline: the same conventions read raw (one SELECT of the columns stored, as `bench/storage.ts` copies them: not the
 * instants SQLite computes from them since migration 0023, which the export does not read) and turned to JSON, in ms
 * (the second of two runs).
 */
function rawSelectAndStringify(workspace: string): number {
  const db = new Database(workspace, { readonly: true });
  try {
    const stored = (db.prepare("SELECT name FROM pragma_table_info('conventions')").pluck().all() as string[]).map((c) => `"${c}"`);
    const select = db.prepare(`SELECT ${stored.join(', ')} FROM conventions`);
    const once = () => {
      const started = performance.now();
      JSON.stringify(select.all());
      return performance.now() - started;
    };
    once(); // warm: the file read from disk once, as the export's own read already did
    return once();
  } finally {
    db.close();
  }
}

/** The export and its baseline measured this many times each, in turn: the ratio is of their medians. */
const RATIO_RUNS = 3;

/** The workspace with the number of conventions nearest `wanted`. */
function nearest(context: BenchContext, wanted: number): [number, string] {
  return [...context.workspaces].sort(([a], [b]) => Math.abs(a - wanted) - Math.abs(b - wanted))[0]!;
}

export async function run(context: BenchContext): Promise<Metric[]> {
  const [mainSize, main] = nearest(context, context.conventions);
  const whole = exportInChild(main, context.tempDir);
  const [ratioSize, ratioWorkspace] = nearest(context, 100_000);
  const exportMs: number[] = [];
  const baselineMs: number[] = [];
  for (let run = 0; run < RATIO_RUNS; run++) {
    exportMs.push(ratioSize === mainSize && run === 0 ? whole.ms : exportInChild(ratioWorkspace, context.tempDir).ms);
    baselineMs.push(rawSelectAndStringify(ratioWorkspace));
  }
  const [part, baseline] = [summarize(exportMs).p50, summarize(baselineMs).p50];
  const lines = (n: number) => n.toLocaleString('fr-FR');
  return [
    metric('export.csv200k.seconds', `Export CSV de ${lines(mainSize)} conventions`, whole.ms / 1000, 's', 15, rawSelectAndStringify(main) / 1000),
    metric(
      'export.csv200k.peakMB',
      `mémoire maximale de l'export de ${lines(mainSize)} conventions (référence : le même processus sans export)`,
      whole.maxRssMB,
      'MB',
      200,
      exportInChild(main, context.tempDir, 'idle').maxRssMB,
    ),
    metric(
      'export.csv100k.ratio',
      `Export CSV de ${lines(ratioSize)} conventions / SELECT + JSON.stringify, médianes de ${RATIO_RUNS}`,
      part / baseline,
      '×',
      2,
      1,
    ),
    metric('export.csv100k.baselineMs', `SELECT + JSON.stringify de ${lines(ratioSize)} conventions`, baseline, 'ms'),
  ];
}
