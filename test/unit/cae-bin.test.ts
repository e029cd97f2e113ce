/** The `cae` binary as npm links it (`npx cae …`): TypeScript sources run through tsx. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';

const root = path.resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { cae: string } };

describe('cae binary', () => {
  it('is declared in package.json and runs a command end to end', () => {
    expect(pkg.bin.cae).toBe('bin/cae.mjs');
    const run = spawnSync(process.execPath, [path.join(root, pkg.bin.cae), 'demo', '--conventions', '3', '--data-dir', tempDir()], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 conventions');
    expect(fs.existsSync(path.join(tempDir(), 'demo-agence', 'cae.sqlite'))).toBe(true);
  });

  it('exits 2 with a French message on a usage error', () => {
    const run = spawnSync(process.execPath, [path.join(root, pkg.bin.cae), 'demo', '--seed', 'x'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--seed : nombre entier attendu');
  });
});
