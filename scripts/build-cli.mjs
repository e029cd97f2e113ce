#!/usr/bin/env node
// Bundles the `cae` command (electron/cli/main.ts and everything it imports)
// into out/cli/main.mjs with esbuild, so that `cae start` and the other
// commands no longer compile the TypeScript sources on the fly (tsx) nor load
// whole packages they use a small part of (@faker-js/faker's every locale,
// zod's): those are bundled and tree-shaken; the other packages stay outside
// (native modules, fonts, react-pdf). bin/cae.mjs runs the bundle when it is
// newer than the sources, else the sources through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Bundled in: loading them whole costs more than half a second each at start. */
const BUNDLED = new Set(['@faker-js/faker', 'zod', '@js-joda/core']);

export const CLI_BUNDLE = path.join(root, 'out', 'cli', 'main.mjs');

/**
 * Newest modification time of the files under those folders of the project (tests aside), package.json included, and
 * of the folders themselves: a file removed or renamed changes only its folder's.
 */
export function newestSource(dirs) {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    newest = Math.max(newest, fs.statSync(dir).mtimeMs);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach((d) => walk(path.join(root, d)));
  return newest;
}

/** Whether out/cli/main.mjs is newer than every source it is built from. */
export function cliBundleIsFresh() {
  const builtAt = fs.existsSync(CLI_BUNDLE) ? fs.statSync(CLI_BUNDLE).mtimeMs : 0;
  return builtAt > newestSource(['electron', 'shared']);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const packages = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.devDependencies });
  const external = packages.filter((name) => !BUNDLED.has(name)).flatMap((name) => [name, `${name}/*`]);
  const outDir = path.dirname(CLI_BUNDLE);
  const partial = path.join(outDir, `.partial-${process.pid}`);
  fs.rmSync(partial, { recursive: true, force: true });
  // Split: what is imported dynamically (the PDF renderers, electron/documents/lazy.ts) is a chunk of its own, with
  // its packages (@react-pdf/renderer, half a second to load), loaded on the first document and not at every start.
  // The worker threads (the CSV export's, electron/exports/csv-in-worker.ts; the exchange files' checker,
  // electron/sync/check-in-worker.ts; the large demo's drafter, electron/app/demo/draft-in-worker.ts) load their modules
  // from beside the bundle.
  await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
    splitting: true,
    entryPoints: {
      main: path.join(root, 'electron', 'cli', 'main.ts'),
      'csv-worker': path.join(root, 'electron', 'exports', 'csv-worker.ts'),
      'check-worker': path.join(root, 'electron', 'sync', 'check-worker.ts'),
      'demo-worker': path.join(root, 'electron', 'app', 'demo', 'demo-worker.ts'),
    },
    outdir: partial,
    outExtension: { '.js': '.mjs' },
    // Beside the entry points: modules find the migrations, the worker and the renderer from their own folder.
    chunkNames: '[name]-[hash]',
  });
  // The SQL migrations are read at run time beside the module (electron/db/migrate.ts); one removed or renamed in the
  // sources goes from the bundle too: every file there is read as a migration (a stale one stopped `cae start`).
  const migrations = path.join(root, 'electron', 'db', 'migrations');
  const bundledMigrations = path.join(outDir, 'migrations');
  fs.cpSync(migrations, bundledMigrations, { recursive: true });
  const current = new Set(fs.readdirSync(migrations));
  for (const name of fs.readdirSync(bundledMigrations).filter((n) => !current.has(n))) fs.rmSync(path.join(bundledMigrations, name));
  // Chunks (named by their content) first, the entry points last: a start meanwhile finds a whole bundle, old or new.
  const workers = ['csv-worker.mjs', 'check-worker.mjs', 'demo-worker.mjs'];
  const entries = [...workers, 'main.mjs'];
  for (const chunk of fs.readdirSync(partial).filter((name) => !entries.includes(name))) fs.renameSync(path.join(partial, chunk), path.join(outDir, chunk));
  for (const worker of workers) fs.renameSync(path.join(partial, worker), path.join(outDir, worker));
  fs.renameSync(path.join(partial, 'main.mjs'), CLI_BUNDLE);
  fs.rmSync(partial, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
