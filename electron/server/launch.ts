/**
 * `npm start` without Electron: the services and the built renderer served on
 * 127.0.0.1, the URL printed, and a browser opened when one is available.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceRole } from '../../shared/domain/enums';
import { createAppServices } from '../api/app-services';
import { startBrowserServer, type BrowserServer } from './server';

export const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer');

export interface LaunchOptions {
  dataDir: string;
  demo?: WorkspaceRole | undefined;
  port?: number | undefined;
  openBrowser: boolean;
  log: (line: string) => void;
}

export async function launchBrowserMode(options: LaunchOptions): Promise<BrowserServer & { shutdown: () => Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`L'interface n'est pas construite (${RENDERER_DIR} absent) : lancez « npm run build:web » ou « npm start ».`);
  }
  const services = createAppServices({ dataDir: options.dataDir, mode: 'browser' });
  if (options.demo) {
    const reply = await services.dispatch('workspace.openDemo', { role: options.demo });
    if (!reply.ok) throw new Error(reply.error.message);
  }
  const server = await startBrowserServer({ services, staticDir: RENDERER_DIR, port: options.port });
  options.log(`Conventions CAE — mode navigateur\n  Adresse : ${server.url}\n  Données : ${options.dataDir}\n  (Ctrl+C pour arrêter)\n`);
  if (options.openBrowser) openInBrowser(server.url);
  return {
    ...server,
    shutdown: async () => {
      await server.close();
      services.close();
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
