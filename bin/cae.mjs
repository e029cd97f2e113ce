#!/usr/bin/env node
// The `cae` command. The sources are TypeScript: when out/cli/main.mjs (the
// bundle of scripts/build-cli.mjs, which `npm start` builds) is newer than
// every source, it runs that (twice as fast to start); otherwise tsx compiles
// the sources on the fly, so `npx cae …` works right after `npm install`.
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, cliBundleIsFresh } from '../scripts/build-cli.mjs';

async function loadMain() {
  if (cliBundleIsFresh()) return import(pathToFileURL(CLI_BUNDLE).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../electron/cli/main.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
