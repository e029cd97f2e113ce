#!/usr/bin/env node
// `npm run build`: the desktop app (main, preload, renderer) into out/ with
// electron-vite. electron-vite reads the Electron version from the installed
// package to choose its build targets; where the optional `electron`
// dependency did not install (no access to its binary's download site), the
// major version declared in package.json stands in for it (ELECTRON_MAJOR_VER,
// electron-vite's own override), so that everything that can be built is
// built, and one sentence says what cannot run here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron major version to build for: the installed package's, else the one package.json asks for. */
export function electronMajorForBuild({ installedVersion, declaredRange }) {
  if (installedVersion) return { major: installedVersion.split('.')[0], installed: true };
  const major = /(\d+)/.exec(declaredRange ?? '')?.[1];
  if (!major) throw new Error(`Version d'Electron introuvable dans package.json (« ${declaredRange} »).`);
  return { major, installed: false };
}

function installedElectronVersion() {
  try {
    return createRequire(path.join(root, 'package.json'))('electron/package.json').version;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const { major, installed } = electronMajorForBuild({ installedVersion: installedElectronVersion(), declaredRange: pkg.optionalDependencies?.electron });
  if (!installed) {
    console.log(
      `Electron n'est pas installé : l'application de bureau est construite dans out/ pour Electron ${major} (version de package.json) mais ne peut pas être lancée ici ; le mode navigateur (npm start, ou npm run build:web pour l'interface seule) n'en a pas besoin.`,
    );
  }
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_MAJOR_VER: process.env.ELECTRON_MAJOR_VER ?? major },
  });
  process.exitCode = result.status ?? 1;
}
