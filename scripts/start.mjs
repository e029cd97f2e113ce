#!/usr/bin/env node
// `npm start`: the desktop window when the Electron binary is installed,
// otherwise browser mode (same renderer, same services, on 127.0.0.1).
// Arguments after `--` are passed through: --demo, --data-dir DIR, --port N.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleIsFresh, newestSource } from './build-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const run = (command, commandArgs) => spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

/** The path of the Electron binary, or null when the optional dependency did not install. */
function electronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Runs the app in a child process, passing Ctrl+C and termination on to it. */
function launch(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const electron = electronBinary();
if (electron) {
  const build = run(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
  if (build.status !== 0) process.exit(build.status ?? 1);
  launch(electron, [root, ...args]);
} else {
  startBrowserMode();
}

/** Builds the renderer and the `cae` command (scripts/build-cli.mjs) when their sources changed since the last build, then serves it. */
function startBrowserMode() {
  if (!cliBundleIsFresh()) {
    const build = run(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]);
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const index = path.join(root, 'out', 'renderer', 'index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (builtAt < newestSource(['renderer', 'shared'])) {
    console.log("Construction de l'interface…");
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = run(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  launch(process.execPath, [path.join(root, 'bin', 'cae.mjs'), 'start', ...args]);
}
