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
import { execFileSync, spawnSync } from 'node:child_process';
import { metric, summarize, type BenchContext, type Metric } from './harness';
import { formatTable, toResults } from './report';

/** The bench files, in the order they run; each exports `run(context)`. */
const BENCHES = ['storage', 'list', 'dashboard', 'export', 'import', 'check', 'browser'] as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const scale: BenchContext['scale'] = process.env.BENCH_SCALE === 'small' ? 'small' : 'full';
const sizes = scale === 'small' ? [1_000, 3_000, 10_000] : [10_000, 50_000, 200_000];
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());

/** `cae demo` is run this many times at each size, each time into a new folder: its time is their median. */
const DEMO_RUNS = 3;

const CAE = path.join(here, '..', 'bin', 'cae.mjs');

/** The `cae` command as `npm start` leaves it: its bundle built from today's sources (bin/cae.mjs runs it then). */
function buildCliBundle(): void {
  if (spawnSync(process.execPath, [path.join(here, '..', 'scripts', 'build-cli.mjs')], { stdio: 'inherit' }).status !== 0)
    throw new Error('scripts/build-cli.mjs a échoué.');
}

/**
 * Runs `cae demo` for `conventions` into `dataDir` DEMO_RUNS times (the same seed: the same rows), as a user does: the
 * command (bin/cae.mjs, its bundle built first: buildCliBundle), from its process's start to its end. The median
 * seconds, and the workspace it made (demo-agence/cae.sqlite).
 */
function medianDemoSeconds(dataDir: string, conventions: number): { seconds: number; file: string } {
  const runs: number[] = [];
  let file = '';
  for (let run = 1; run <= DEMO_RUNS; run++) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const t = performance.now();
    const stdout = execFileSync(process.execPath, [CAE, 'demo', '--conventions', String(conventions), '--data-dir', dataDir, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    runs.push((performance.now() - t) / 1000);
    file = (JSON.parse(stdout) as { file: string }).file;
  }
  const median = summarize(runs).p50;
  process.stderr.write(
    `Démo de ${conventions} conventions générée ${DEMO_RUNS} fois : ${runs.map((s) => s.toFixed(1)).join(', ')} s (médiane ${median.toFixed(1)} s)\n`,
  );
  return { seconds: median, file };
}

async function main(): Promise<void> {
  const started = performance.now();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-bench-'));
  const metrics: Metric[] = [];
  try {
    const workspaces = new Map<number, string>();
    const generationSeconds = new Map<number, number>();
    buildCliBundle();
    for (const conventions of sizes) {
      const { seconds, file } = medianDemoSeconds(path.join(tempDir, `demo-${conventions}`), conventions);
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
