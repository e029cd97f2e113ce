#!/usr/bin/env node
// The `cae` command. The sources are TypeScript: when out/cli/main.mjs (the
// bundle of scripts/build-cli.mjs, which `npm start` builds) is newer than
// every source, it runs that (twice as fast to start); otherwise tsx compiles
// the sources on the fly, so `npx cae …` works right after `npm install`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'main.mjs');

/** Newest modification time of the files under those folders of the project (tests aside). */
function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach((d) => walk(path.join(root, d)));
  return Math.max(newest, fs.statSync(path.join(root, 'package.json')).mtimeMs);
}

async function loadMain() {
  const builtAt = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (builtAt > newestSource(['electron', 'shared'])) return import(pathToFileURL(bundle).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../electron/cli/main.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
