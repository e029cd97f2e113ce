/**
 * renderer/vite.config.ts builds React's production build whatever NODE_ENV
 * the caller had: `npm start` run from a test (NODE_ENV=test) shipped the
 * development build, several times slower.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test/helpers/temp-dir';

const root = path.resolve(import.meta.dirname, '..');
const tempDir = useTempDir('cae-renderer-build-');

describe('renderer build', () => {
  it('is a production build under NODE_ENV=test: no development JSX runtime, React’s production error links', () => {
    const outDir = tempDir();
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(
      process.execPath,
      [vite, 'build', '--config', 'renderer/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'test' },
        encoding: 'utf8',
      },
    );
    expect(build.status, build.stderr).toBe(0);
    const assets = path.join(outDir, 'assets');
    const code = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(assets, f), 'utf8'))
      .join('\n');
    expect(code.length).toBeGreaterThan(100_000);
    expect(code).not.toContain('jsxDEV');
    expect(code).not.toContain('should have a unique "key" prop');
    expect(code).toContain('react.dev/errors/');
  }, 120_000);
});
