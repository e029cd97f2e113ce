/**
 * The Electron surface read from the sources themselves: the hardened pieces
 * (window-options.ts, web-contents-guard.ts, single-instance.ts) are tested on
 * their own; this file fails if the main process stops using them, or opens
 * a way around them (another window built by hand, another session, a
 * Chromium switch, a second object exposed to the page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const electronDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The code without its comments (a comment naming an API is not a use of it). */
const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every source file of the main process, the preload and the services (tests left out), with its code. */
const sources = fs
  .readdirSync(electronDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx|cts|mts)$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => ({ file: file.split(path.sep).join('/'), code: withoutComments(fs.readFileSync(path.join(electronDir, file), 'utf8')) }));

function filesMatching(pattern: RegExp): string[] {
  return sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file);
}

const desktopApp = sources.find(({ file }) => file === 'main/desktop-app.ts')!.code;

describe('the Electron surface, read from the sources', () => {
  it('finds the sources it reads', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(desktopApp).toContain('runDesktopApp');
  });

  it('only the main process and the preload import electron', () => {
    const importers = filesMatching(/from 'electron'|require\('electron'\)/);
    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) expect(file).toMatch(/^(main|preload)\//);
  });

  it('builds every window from createWindowOptions, and webPreferences nowhere else', () => {
    const calls = sources.flatMap(({ file, code }) => [...code.matchAll(/new BrowserWindow\(([^)]*)/g)].map((m) => ({ file, args: m[1] })));
    expect(calls).toEqual([{ file: 'main/desktop-app.ts', args: expect.stringMatching(/^createWindowOptions\(/) as unknown }]);
    expect(filesMatching(/webPreferences/)).toEqual(['main/window-options.ts']);
  });

  it('weakens no window option anywhere', () => {
    const weakened =
      /(contextIsolation|sandbox|webSecurity|safeDialogs):\s*false|(nodeIntegration\w*|allowRunningInsecureContent|webviewTag|experimentalFeatures):\s*true/;
    expect(filesMatching(weakened)).toEqual([]);
  });

  it('hardens the one session and every web contents as they are created', () => {
    expect(desktopApp).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(desktopApp).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => hardenWebContents\(contents, openLink\)\)/);
    expect(desktopApp).toMatch(/app\.enableSandbox\(\)/);
    // A partition would be a session without those handlers.
    expect(filesMatching(/fromPartition|fromPath|partition:/)).toEqual([]);
    // The permission handlers are set in one place, to deny.
    expect(filesMatching(/setPermission(Request|Check)Handler\(|setDevicePermissionHandler\(/)).toEqual(['main/web-contents-guard.ts']);
  });

  it('adds no Chromium switch (such as disable-web-security) and opens links only through the confirmation', () => {
    expect(filesMatching(/commandLine\.append/)).toEqual([]);
    expect(filesMatching(/shell\.openExternal/)).toEqual(['main/desktop-app.ts']);
    expect(desktopApp).toMatch(/openExternalSafely\(url, confirmLink, \(u\) => shell\.openExternal\(u\)\)/);
  });

  it('exposes one object to the page, window.cae, and nothing else', () => {
    const exposed = sources.flatMap(({ code }) => [...code.matchAll(/exposeInMainWorld\('([^']+)'/g)].map((m) => m[1]));
    expect(exposed).toEqual(['cae']);
  });

  it('takes the single-instance lock and brings the window back on a second launch', () => {
    expect(desktopApp).toMatch(/if \(!claimSingleInstance\(app\)\) return;/);
    expect(desktopApp).toMatch(/app\.on\('second-instance', \(\) => bringToFront\(mainWindow\)\)/);
    // The lock is taken after userData points at the data folder (Chromium keeps it there), before the folder lock.
    const order = ["app.setPath('userData'", 'claimSingleInstance(app)', 'takeDataFolder(dataDir)'].map((s) => desktopApp.indexOf(s));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
