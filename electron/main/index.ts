/**
 * Entry of the desktop app's main process (bundled to out/main/index.js,
 * the `main` of package.json). Synchronous on purpose: with an ES-module
 * main, Electron emits `ready` once this module has run, and everything that
 * must happen before `ready` (userData, app:// privileges) happens in it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { runDesktopApp, userArgs } from './desktop-app';

runDesktopApp({
  argv: userArgs(process.argv, app.isPackaged),
  bundleDir: path.dirname(fileURLToPath(import.meta.url)),
});
