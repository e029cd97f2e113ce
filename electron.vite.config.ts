/**
 * electron-vite builds the three parts of the desktop app into out/:
 *  - main     electron/main/index.ts    → out/main/index.js (ESM, package.json "main"), and the CSV
 *             export's worker thread electron/exports/csv-worker.ts → out/main/csv-worker.js, the
 *             exchange files' checker electron/sync/check-worker.ts → out/main/check-worker.js, the
 *             large demo's drafter electron/app/demo/demo-worker.ts → out/main/demo-worker.js,
 *             plus the SQL migrations copied to out/main/migrations/ (read at run time), and
 *             chunks beside them (the PDF renderers, loaded on the first document);
 *  - preload  electron/preload/index.ts → out/preload/index.cjs (CommonJS: sandboxed
 *             preloads cannot load ES modules, nor anything from node_modules, so the
 *             contract and zod are bundled in);
 *  - renderer the browser-mode Vite config (renderer/vite.config.ts) → out/renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { rendererConfig } from './renderer/vite.config';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...segments: string[]): string => path.resolve(root, ...segments);

/** Emits electron/db/migrations/*.sql as assets beside the main bundle (see defaultMigrationsDir). */
export function copyMigrations(sourceDir = fromRoot('electron', 'db', 'migrations')): Plugin {
  return {
    name: 'cae:copy-migrations',
    apply: 'build',
    generateBundle() {
      for (const file of fs
        .readdirSync(sourceDir)
        .filter((f) => f.endsWith('.sql'))
        .sort()) {
        this.emitFile({ type: 'asset', fileName: `migrations/${file}`, source: fs.readFileSync(path.join(sourceDir, file), 'utf8') });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: fromRoot('out', 'main'),
      rolldownOptions: {
        // The worker threads, loaded from beside index.js: csv-worker for the CSV export (electron/exports/csv-in-worker.ts),
        // check-worker for the checks of a large exchange file (electron/sync/check-in-worker.ts), demo-worker for the
        // draft of a large demo (electron/app/demo/draft-in-worker.ts).
        input: {
          index: fromRoot('electron', 'main', 'index.ts'),
          'csv-worker': fromRoot('electron', 'exports', 'csv-worker.ts'),
          'check-worker': fromRoot('electron', 'sync', 'check-worker.ts'),
          'demo-worker': fromRoot('electron', 'app', 'demo', 'demo-worker.ts'),
        },
        // Chunks (what both entries share, the PDF renderers loaded on the first document) beside the entries:
        // a module finds the migrations and the worker from its own folder.
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out', 'preload'),
      // Bundle everything (zod, the contract): a sandboxed preload can only require('electron').
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: mergeConfig(rendererConfig, {
    build: { rolldownOptions: { input: fromRoot('renderer', 'index.html') } },
  }),
});
