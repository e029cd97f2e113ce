/**
 * electron.vite.config.ts: where each part is built from and to, the
 * CommonJS preload a sandbox needs, and the migrations copied beside the
 * main bundle. (The build itself needs the electron package to run.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import config, { copyMigrations } from '../electron.vite.config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (...segments: string[]) => path.resolve(root, ...segments);

interface OutputOptions {
  format?: string;
  entryFileNames?: string;
}
interface BuildSection {
  outDir?: string;
  externalizeDeps?: unknown;
  rolldownOptions?: { input?: unknown; output?: OutputOptions };
}

const sections = config as unknown as Record<'main' | 'preload' | 'renderer', { build?: BuildSection; plugins?: unknown[]; root?: string }>;

describe('electron.vite.config', () => {
  it('builds main from electron/main/index.ts to out/main/index.js, and the worker threads (CSV export, file checks, large demo) beside it, as ESM', () => {
    const build = sections.main.build!;
    expect(build.outDir).toBe(fromRoot('out', 'main'));
    expect(build.rolldownOptions?.input).toEqual({
      index: fromRoot('electron', 'main', 'index.ts'),
      'csv-worker': fromRoot('electron', 'exports', 'csv-worker.ts'),
      'check-worker': fromRoot('electron', 'sync', 'check-worker.ts'),
      'demo-worker': fromRoot('electron', 'app', 'demo', 'demo-worker.ts'),
    });
    expect(build.rolldownOptions?.output).toEqual({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
    const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('builds the preload as one CommonJS file with everything bundled in (sandbox)', () => {
    const build = sections.preload.build!;
    expect(build.outDir).toBe(fromRoot('out', 'preload'));
    expect(build.rolldownOptions?.input).toEqual({ index: fromRoot('electron', 'preload', 'index.ts') });
    expect(build.rolldownOptions?.output).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(build.externalizeDeps).toBe(false);
  });

  it('builds the renderer with the browser-mode config into out/renderer', () => {
    expect(sections.renderer.root).toBe(fromRoot('renderer'));
    expect(sections.renderer.build?.outDir).toBe(fromRoot('out', 'renderer'));
    expect(sections.renderer.build?.rolldownOptions?.input).toBe(fromRoot('renderer', 'index.html'));
  });

  it('copies every migration beside the main bundle', () => {
    expect(sections.main.plugins?.some((p) => (p as Plugin).name === 'cae:copy-migrations')).toBe(true);
    const emitted: { fileName?: string; source?: string | Uint8Array }[] = [];
    const plugin = copyMigrations();
    const generateBundle = plugin.generateBundle as unknown as (this: { emitFile: (file: (typeof emitted)[number]) => string }) => void;
    generateBundle.call({ emitFile: (file) => (emitted.push(file), 'ref') });
    const sources = fs.readdirSync(fromRoot('electron', 'db', 'migrations')).filter((f) => f.endsWith('.sql'));
    expect(sources.length).toBeGreaterThan(0);
    expect(emitted.map((e) => e.fileName)).toEqual(sources.sort().map((f) => `migrations/${f}`));
    for (const file of emitted) {
      const name = path.basename(file.fileName ?? '');
      expect(file.source).toBe(fs.readFileSync(fromRoot('electron', 'db', 'migrations', name), 'utf8'));
    }
  });
});
