/**
 * Where a worker thread's module is, for `new Worker` (issue #16): built
 * beside the bundle the calling module runs from (out/cli/NAME.mjs,
 * out/main/NAME.js), or, from the sources (tsx, vitest), NAME.ts compiled by
 * tsx in the worker too: on Node 20 `--import tsx` registers its loader in
 * the main thread only, so the worker starts with a line that registers it
 * (tsx/esm/api), then imports the entry.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface TsxManifest {
  exports: { './esm/api': { import: { default: string } } };
}

/** `callerUrl`: the `import.meta.url` of a module in the worker entry's folder; `name`: the entry's file name without extension. */
export function workerScript(callerUrl: string, name: string): { script: URL | string; eval: boolean } {
  const here = fileURLToPath(callerUrl);
  const extension = path.extname(here);
  const entry = pathToFileURL(path.join(path.dirname(here), `${name}${extension}`));
  if (extension !== '.ts') return { script: entry, eval: false };
  const require = createRequire(callerUrl);
  const manifest = require.resolve('tsx/package.json');
  const api = pathToFileURL(path.join(path.dirname(manifest), (require(manifest) as TsxManifest).exports['./esm/api'].import.default));
  return { script: `import(${JSON.stringify(api.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, eval: true };
}
