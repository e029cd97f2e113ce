/**
 * `npm start` without Electron: the services and the built renderer served on
 * 127.0.0.1, a sign-in URL (one-time code) printed and opened in a browser
 * when one is available; the data folder's adresse-navigateur.txt (mode 0600)
 * always holds a valid one, for scripts and another browser.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceRole } from '../../shared/domain/enums';
import { createAppServices } from '../api/app-services';
import { upgradeNotice } from '../db/migrate';
import { acquireFolderLock, takeoverMessage } from '../app/folder-lock';
import { startBrowserServer, type BrowserServer } from './server';
import { CODE_TTL_MS, LOGIN_URL_FILE } from './session';

export const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer');

/** Who holds the data folder, in the message a second writer gets. */
const BROWSER_MODE_HOLDER = 'l’application (mode navigateur)';

export interface LaunchOptions {
  dataDir: string;
  demo?: WorkspaceRole | undefined;
  port?: number | undefined;
  openBrowser: boolean;
  log: (line: string) => void;
  /** The passphrase of the encrypted workspace, checked at start (a wrong one stops the start, in French). */
  passphrase?: string | undefined;
}

export async function launchBrowserMode(options: LaunchOptions): Promise<BrowserServer & { shutdown: () => Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`L'interface n'est pas construite (${RENDERER_DIR} absent) : lancez « npm run build:web » ou « npm start ».`);
  }
  // One writer per data folder: a second server, the desktop app or a writing command there is refused, naming this one.
  const lock = acquireFolderLock(options.dataDir, BROWSER_MODE_HOLDER);
  if (lock.takenOver) options.log(`${takeoverMessage(options.dataDir, lock.takenOver)}\n`);
  const services = createAppServices({
    dataDir: options.dataDir,
    mode: 'browser',
    secrets: { passphrase: options.passphrase },
    openOptions: { onUpgrade: (from, to) => options.log(upgradeNotice(from, to)) },
  });
  let server: BrowserServer;
  try {
    if (options.passphrase !== undefined) services.workspaces.state(); // opens the database now: a wrong passphrase is said before the URL
    if (options.demo) {
      const reply = await services.dispatch('workspace.openDemo', { role: options.demo });
      if (!reply.ok) throw new Error(reply.error.message);
    }
    server = await startBrowserServer({ services, staticDir: RENDERER_DIR, port: options.port, loginFile: path.join(options.dataDir, LOGIN_URL_FILE) });
  } catch (error) {
    services.close();
    lock.release();
    throw error;
  }
  const url = server.signInUrl();
  options.log(
    `Conventions CAE — mode navigateur\n  Adresse : ${url}\n` +
      `  (à usage unique, valable ${CODE_TTL_MS / 60_000} minutes ; une adresse toujours valable est dans ${path.join(options.dataDir, LOGIN_URL_FILE)}, lisible par vous seul)\n` +
      `  Données : ${options.dataDir}\n  (Ctrl+C pour arrêter)\n`,
  );
  if (options.openBrowser) openInBrowser(url);
  return {
    ...server,
    shutdown: async () => {
      await server.close();
      services.close();
      lock.release();
    },
  };
}

/** Best effort: the URL is printed anyway, so a missing opener is no error. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
