/**
 * `npm run bench`: generates demo workspaces (10,000, 50,000 and 200,000
 * conventions; `BENCH_SCALE=small`: 1,000, 3,000 and 10,000, under a minute),
 * runs every bench file on them, prints one table and writes
 * bench/results.json (`BENCH_SCALE=small`: bench/results.small.json, not
 * committed). `BENCH_ONLY=list,dashboard` runs some bench files only.
 * Explained in docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateDemoWorkspace } from '../electron/app/demo/generate';
import { metric, summarize, type BenchContext, type Metric } from './harness';
import { formatTable, toResults } from './report';

/** The bench files, in the order they run; each exports `run(context)`. */
const BENCHES = ['storage', 'list', 'dashboard', 'export', 'import', 'check', 'browser'] as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const scale: BenchContext['scale'] = process.env.BENCH_SCALE === 'small' ? 'small' : 'full';
const sizes = scale === 'small' ? [1_000, 3_000, 10_000] : [10_000, 50_000, 200_000];
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());

/** `cae demo` is generated this many times at each size, each time into a new file: its time is their median. */
const DEMO_RUNS = 3;

/** Generates the demo of `conventions` into `file` DEMO_RUNS times (the same seed: the same rows); the median seconds. */
function medianDemoSeconds(file: string, conventions: number): number {
  const runs: number[] = [];
  for (let run = 1; run <= DEMO_RUNS; run++) {
    for (const suffix of ['', '-wal', '-shm', '.ferme']) fs.rmSync(`${file}${suffix}`, { force: true });
    const t = performance.now();
    generateDemoWorkspace({ file, role: 'agence', conventions, seed: 1 });
    runs.push((performance.now() - t) / 1000);
  }
  const median = summarize(runs).p50;
  process.stderr.write(
    `Démo de ${conventions} conventions générée ${DEMO_RUNS} fois : ${runs.map((s) => s.toFixed(1)).join(', ')} s (médiane ${median.toFixed(1)} s)\n`,
  );
  return median;
}

async function main(): Promise<void> {
  const started = performance.now();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-bench-'));
  const metrics: Metric[] = [];
  try {
    const workspaces = new Map<number, string>();
    const generationSeconds = new Map<number, number>();
    for (const conventions of sizes) {
      const file = path.join(tempDir, `demo-${conventions}.sqlite`);
      const seconds = medianDemoSeconds(file, conventions);
      workspaces.set(conventions, file);
      generationSeconds.set(conventions, seconds);
    }
    // How generation grows with the workspace: no worse than linear (bench/storage.ts holds the largest to its target).
    const [first, , last] = sizes as [number, number, number];
    metrics.push(
      metric(
        'growth.demo',
        `croissance de cae demo, ${first.toLocaleString('fr-FR')} → ${last.toLocaleString('fr-FR')} (×${last / first} conventions)`,
        generationSeconds.get(last)! / generationSeconds.get(first)!,
        '×',
        last / first,
      ),
    );
    const context: BenchContext = { scale, conventions: last, workspaces, generationSeconds, tempDir };
    for (const name of BENCHES) {
      if (only && !only.includes(name)) continue;
      const file = path.join(here, `${name}.ts`);
      if (!fs.existsSync(file)) continue;
      const t = performance.now();
      const bench = (await import(file)) as { run: (context: BenchContext) => Promise<Metric[]> };
      metrics.push(...(await bench.run(context)));
      process.stderr.write(`bench/${name}.ts : ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
  console.log(formatTable(metrics));
  const out = path.join(here, scale === 'small' ? 'results.small.json' : 'results.json');
  fs.writeFileSync(out, `${JSON.stringify(toResults(metrics, { scale, sizes, seconds: (performance.now() - started) / 1000 }), null, 2)}\n`);
  console.log(`\nRésultats écrits dans ${path.relative(process.cwd(), out)} (${((performance.now() - started) / 1000).toFixed(0)} s).`);
}

await main();
