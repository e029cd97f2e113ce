import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronMajorForBuild } from '../../scripts/build.mjs';

const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  optionalDependencies: Record<string, string>;
};

describe('npm run build without the Electron binary (scripts/build.mjs)', () => {
  it('builds for the installed Electron, else for the major version package.json declares', () => {
    expect(electronMajorForBuild({ installedVersion: '45.4.1', declaredRange: '^45.4.1' })).toEqual({ major: '45', installed: true });
    const declared = pkg.optionalDependencies.electron!;
    expect(electronMajorForBuild({ installedVersion: undefined, declaredRange: declared })).toEqual({
      major: /(\d+)/.exec(declared)![1]!,
      installed: false,
    });
    expect(() => electronMajorForBuild({ installedVersion: undefined, declaredRange: 'latest' })).toThrow(/Version d'Electron introuvable/);
  });

  it('is what npm run build runs, and electron stays optional', () => {
    expect(pkg.scripts.build).toBe('node scripts/build.mjs');
    expect(pkg.optionalDependencies.electron).toMatch(/^\^\d+\./);
  });
});
