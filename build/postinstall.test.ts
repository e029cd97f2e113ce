/**
 * scripts/postinstall.mjs, run for real in throw-away projects: it fetches
 * Electron's types when the package is absent, says in one line that the
 * desktop mode is unavailable, and never fails the install. The registry is
 * never reached: npm runs offline on an empty cache, and the "registry"
 * package is a local folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'postinstall.mjs');
let base: string;
let project: string;

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

function makeProject(electronSpec: string): void {
  project = path.join(base, 'project');
  fs.mkdirSync(path.join(project, 'scripts'), { recursive: true });
  fs.copyFileSync(script, path.join(project, 'scripts', 'postinstall.mjs'));
  writeJson(path.join(project, 'package.json'), { name: 'p', version: '1.0.0', optionalDependencies: { electron: electronSpec } });
}

/** A package that looks like electron: its declaration file, and an index.js that returns the binary path or throws. */
function installFakeElectron(binary: string | null): void {
  const dir = path.join(project, 'node_modules', 'electron');
  writeJson(path.join(dir, 'package.json'), { name: 'electron', version: '45.4.1', main: 'index.js' });
  fs.writeFileSync(path.join(dir, 'electron.d.ts'), "declare module 'electron' {}");
  fs.writeFileSync(
    path.join(dir, 'index.js'),
    binary ? `module.exports = ${JSON.stringify(binary)};` : "throw new Error('Electron failed to install correctly');",
  );
}

function run() {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_offline: 'true', npm_config_cache: path.join(base, 'npm-cache') };
  const result = spawnSync(process.execPath, [path.join(project, 'scripts', 'postinstall.mjs')], { cwd: project, env, encoding: 'utf8' });
  return { status: result.status, out: result.stdout };
}

beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-postinstall-'));
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

describe('postinstall without Electron', () => {
  it('extracts electron.d.ts from the package npm packs, and says desktop mode is unavailable', () => {
    const fake = path.join(base, 'electron-package');
    writeJson(path.join(fake, 'package.json'), { name: 'electron', version: '45.4.1' });
    fs.writeFileSync(path.join(fake, 'electron.d.ts'), "declare module 'electron' { export const marker: 'types from the tarball'; }");
    fs.writeFileSync(path.join(fake, 'index.js'), '');
    makeProject(`file:${fake}`);

    const { status, out } = run();
    expect(status).toBe(0);
    const types = path.join(project, 'node_modules', '.electron-types', 'electron.d.ts');
    expect(fs.readFileSync(types, 'utf8')).toContain('types from the tarball');
    expect(out).toContain("Electron n'est pas installé : le mode bureau est indisponible, l'application s'utilisera en mode navigateur.");
    expect(fs.existsSync(path.join(project, 'native'))).toBe(false);

    // Run again: the types are there, nothing is fetched.
    expect(run().out).not.toContain('types d');
  });

  it('warns in French and still exits 0 when the registry cannot be reached', () => {
    makeProject('^45.4.1');
    const { status, out } = run();
    expect(status).toBe(0);
    expect(out).toMatch(/avertissement : les types d'Electron n'ont pas pu être récupérés .*a besoin du registre npm/);
    expect(out).toContain('le mode bureau est indisponible');
    expect(fs.existsSync(path.join(project, 'node_modules', '.electron-types', 'electron.d.ts'))).toBe(false);
  });

  it('treats an electron package whose binary did not download as absent', () => {
    makeProject('^45.4.1');
    installFakeElectron(null);
    const { status, out } = run();
    expect(status).toBe(0);
    expect(out).toContain('le mode bureau est indisponible');
    expect(out).not.toContain('types d');
  });
});

describe('postinstall with Electron', () => {
  it('never fails the install, even when the SQLite build for Electron fails', () => {
    makeProject('^45.4.1');
    const binary = path.join(base, 'electron-binary');
    fs.writeFileSync(binary, '');
    installFakeElectron(binary); // no better-sqlite3-multiple-ciphers in this project: the build must fail
    const { status, out } = run();
    expect(status).toBe(0);
    expect(out).toMatch(/avertissement : SQLite n'a pas pu être compilé pour Electron/);
  });

  it('keeps an Electron-ABI binding that matches the installed versions', () => {
    makeProject('^45.4.1');
    const binary = path.join(base, 'electron-binary');
    fs.writeFileSync(binary, '');
    installFakeElectron(binary);
    writeJson(path.join(project, 'node_modules', 'better-sqlite3-multiple-ciphers', 'package.json'), {
      name: 'better-sqlite3-multiple-ciphers',
      version: '12.11.1',
    });
    const native = path.join(project, 'native', 'electron');
    fs.mkdirSync(native, { recursive: true });
    fs.writeFileSync(path.join(native, 'better_sqlite3.node'), 'built before');
    fs.writeFileSync(
      path.join(native, 'build-info.json'),
      JSON.stringify({ electron: '45.4.1', betterSqlite3: '12.11.1', platform: process.platform, arch: process.arch }),
    );
    const { status, out } = run();
    expect(status).toBe(0);
    expect(out).toBe('');
    expect(fs.readFileSync(path.join(native, 'better_sqlite3.node'), 'utf8')).toBe('built before');
  });
});
