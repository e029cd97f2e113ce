/**
 * The installers cannot be built here (no Electron binary), so the packaging
 * configuration is checked instead: against electron-builder's own schema
 * validator, through its own file matcher and fuse mapping, and setting by
 * setting, so that weakening any of them fails.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
// app-builder-lib is electron-builder's engine: load it the way electron-builder does.
const builderRequire = createRequire(require.resolve('electron-builder'));
const appBuilderDir = path.dirname(builderRequire.resolve('app-builder-lib/package.json'));

interface TargetConfig {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  icon: string;
  electronFuses: Record<string, boolean>;
  win: { target: TargetConfig[] };
  linux: { target: TargetConfig[] };
  mac: { target: TargetConfig[] };
  [key: string]: unknown;
}

const config = require('./electron-builder.config.cjs') as BuilderConfig;

const { validateConfiguration } = builderRequire(path.join(appBuilderDir, 'out', 'util', 'config', 'config.js')) as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean }) => Promise<void>;
};
const { FileMatcher } = builderRequire(path.join(appBuilderDir, 'out', 'fileMatcher.js')) as {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (s: string) => string,
    patterns: string[],
  ) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
};
const { getNodeModuleFileMatcher } = builderRequire(path.join(appBuilderDir, 'out', 'fileMatcher.js')) as {
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformOptions: object,
    packager: { config: unknown; debugLogger: { isEnabled: boolean } },
  ) => { patterns: string[] };
};
const { PlatformPackager } = builderRequire('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>> } };
};

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation (no unknown or mistyped option)", async () => {
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false })).resolves.toBeUndefined();
  });

  it('the validator does catch mistakes (so the check above means something)', async () => {
    await expect(validateConfiguration({ ...structuredClone(config), electronFuse: {} }, { isEnabled: false })).rejects.toThrow(/electronFuse/);
    await expect(validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNodes: false } }, { isEnabled: false })).rejects.toThrow(
      /configuration\.electronFuses/,
    );
  });

  it('only uses top-level keys that the JSON schema knows', () => {
    const scheme = JSON.parse(fs.readFileSync(path.join(appBuilderDir, 'scheme.json'), 'utf8')) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(scheme.additionalProperties).toBe(false);
    for (const key of Object.keys(config)) expect(Object.keys(scheme.properties)).toContain(key);
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('fr.conventions-cae.app');
    expect(config.productName).toBe('Conventions CAE');
    expect(fs.existsSync(path.join(root, config.icon))).toBe(true);
  });

  it('builds NSIS for Windows, AppImage for Linux, dmg for macOS', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
  });

  it('packs the app in asar, unpacks the SQLite binding, rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3-multiple-ciphers/**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('writes those fuses into the binary (electron-builder’s own mapping to @electron/fuses)', async () => {
    const wire = await PlatformPackager.prototype.generateFuseConfig(config.electronFuses);
    expect(wire[FuseV1Options.RunAsNode]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  describe('files', () => {
    const filter = new FileMatcher(root, '/app', (s) => s, config.files).createFilter();
    const packed = (relative: string) => filter(path.join(root, relative), { isDirectory: () => false });

    it.each([
      'package.json',
      'out/main/index.js',
      'out/main/migrations/0001-initial.sql',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
    ])('packs %s', (file) => expect(packed(file)).toBe(true));

    it.each([
      'electron/main/index.ts',
      'electron/main/window-options.test.ts',
      'electron/db/migrations/0001-initial.sql',
      'renderer/src/main.tsx',
      'renderer/index.html',
      'shared/api/contract.ts',
      'scripts/postinstall.mjs',
      'test/e2e/app.test.ts',
      'build/electron-builder.config.cjs',
      'build/electron-builder.config.test.ts',
      'native/electron/better_sqlite3.node',
      'electron.vite.config.ts',
      'vitest.config.ts',
      'tsconfig.json',
      'eslint.config.js',
      'out/main/index.js.map',
      'README.md',
    ])('leaves out %s', (file) => expect(packed(file)).toBe(false));
  });

  describe('production node_modules', () => {
    // What electron-builder does for each dependency it copies: only the excludes of `files` apply.
    const { patterns } = getNodeModuleFileMatcher(root, '/app', (s) => s, {}, { config, debugLogger: { isEnabled: false } });
    const filter = new FileMatcher(root, '/app', (s) => s, patterns).createFilter();
    const packed = (relative: string) =>
      filter(path.join(root, relative), { isDirectory: () => false, moduleFullFilePath: relative } as { isDirectory(): boolean });

    it.each([
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      'node_modules/zod/index.js',
      'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
    ])('packs %s', (file) => expect(packed(file)).toBe(true));

    it.each(['node_modules/electron/dist/electron', 'node_modules/electron/package.json', 'node_modules/@electron/get/dist/index.js'])(
      'leaves out %s (no second Electron inside the app)',
      (file) => expect(packed(file)).toBe(false),
    );
  });
});
