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

/** Newest modification time of the files under those folders of the project (tests aside), package.json included. */
export function newestSource(dirs) {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
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
  const partial = `${CLI_BUNDLE}.part-${process.pid}`;
  const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', external, logLevel: 'warning' };
  // The worker thread of the CSV export (electron/exports/csv-in-worker.ts) loads its module from beside the bundle.
  await build({ ...options, entryPoints: [path.join(root, 'electron', 'exports', 'csv-worker.ts')], outfile: path.join(outDir, 'csv-worker.mjs') });
  await build({ ...options, entryPoints: [path.join(root, 'electron', 'cli', 'main.ts')], outfile: partial });
  // The SQL migrations are read at run time beside the module (electron/db/migrate.ts).
  fs.cpSync(path.join(root, 'electron', 'db', 'migrations'), path.join(outDir, 'migrations'), { recursive: true });
  fs.renameSync(partial, CLI_BUNDLE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
