/**
 * Starts the app in browser mode (the same `launchBrowserMode` that
 * `npm start` runs) on a fresh data folder, and drives it in Chromium.
 * A failing test leaves a full-page screenshot in test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import type { WorkspaceRole } from '../../shared/domain/enums';
import { launchBrowserMode } from '../../electron/server/launch';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface RunningApp {
  url: string;
  token: string;
  port: number;
  dataDir: string;
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

let browser: Browser | undefined;

/** Call once at the top of an e2e file: one Chromium for the file, closed after it. */
export function useBrowser(): () => Browser {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  return () => {
    if (!browser) throw new Error('useBrowser() must be called at the top of the test file');
    return browser;
  };
}

export interface StartOptions {
  demo?: WorkspaceRole;
  dataDir?: string;
  /** Screenshot name on failure (defaults to the data folder's name). */
  name?: string;
}

export async function startApp(getBrowser: () => Browser, options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-'));
  const app = await launchBrowserMode({ dataDir, demo: options.demo, openBrowser: false, log: () => undefined });
  const context = await getBrowser().newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  onTestFailed(async ({ task }) => {
    const dir = path.resolve('test-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${(options.name ?? task.name).replace(/[^\w-]+/g, '_').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    fs.writeFileSync(file.replace(/\.png$/, '.console.txt'), consoleErrors.join('\n'));
  });
  await page.goto(app.url);
  return {
    url: app.url,
    token: app.token,
    port: app.port,
    dataDir,
    page,
    context,
    close: async () => {
      await context.close();
      await app.shutdown();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
