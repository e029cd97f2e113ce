/**
 * Starts the app on a fresh data folder and drives it, by default in browser
 * mode (the same `launchBrowserMode` that `npm start` runs) in the Chromium
 * of test/helpers/chromium.ts (npm's, or CHROMIUM_PATH); with CAE_E2E_TARGET=electron, the built desktop app
 * (out/main/index.js) through playwright-core's `_electron`, where Electron is
 * installed. A failing test leaves a full-page screenshot in test-results/.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFailed } from 'vitest';
import type { ApiReplyOf, Channel, ChannelInput, ChannelOutput } from '../../shared/api/contract';
import type { WorkspaceRole } from '../../shared/domain/enums';
import { launchBrowserMode } from '../../electron/server/launch';

export const E2E_TARGET = process.env.CAE_E2E_TARGET === 'electron' ? 'electron' : 'browser';
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
const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunningApp {
  /** The page's address: http://127.0.0.1:PORT/ in browser mode, app://bundle/index.html in the desktop app. */
  url: string;
  dataDir: string;
  page: Page;
  /**
   * The file a click on « Exporter (CSV) » makes: downloaded in browser mode; in the desktop app, written by the
   * main process where its « Enregistrer sous » box answered (stubbed here: a temporary folder, the name it offered).
   */
  exportedFile: (click: () => Promise<void>) => Promise<{ fileName: string; bytes: Buffer }>;
  close: () => Promise<void>;
}

let browser: Browser | undefined;

/** Call once at the top of an e2e file: one Chromium for the file (browser mode), closed after it. */
export function useBrowser(): () => Browser {
  beforeAll(async () => {
    if (E2E_TARGET === 'browser') {
      browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
    }
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  return () => {
    if (!browser) throw new Error('useBrowser() doit être appelé en tête du fichier de test (mode navigateur)');
    return browser;
  };
}

export interface StartOptions {
  demo?: WorkspaceRole;
  dataDir?: string;
}

export async function startApp(getBrowser: () => Browser, options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-'));
  const started = E2E_TARGET === 'electron' ? await startDesktop(dataDir, options) : await startBrowserMode(getBrowser, dataDir, options);
  const consoleErrors: string[] = [];
  started.page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  // Tests close the app in `finally`, before failure hooks run: the last screen is captured at close.
  let lastScreen: Buffer | undefined;
  onTestFailed(({ task }) => {
    const dir = path.join(ROOT, 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${task.name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`);
    if (lastScreen) fs.writeFileSync(file, lastScreen);
    fs.writeFileSync(file.replace(/\.png$/, '.console.txt'), consoleErrors.join('\n'));
  });
  return {
    ...started,
    dataDir,
    close: async () => {
      lastScreen = await started.page.screenshot({ fullPage: true }).catch(() => undefined);
      await started.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      // Every e2e test also checks that the strict CSP never had to block anything.
      const blocked = consoleErrors.filter((text) => text.includes('Content Security Policy'));
      if (blocked.length) throw new Error(`Violation de la Content-Security-Policy :\n${blocked.join('\n')}`);
    },
  };
}

async function startBrowserMode(getBrowser: () => Browser, dataDir: string, options: StartOptions) {
  const app = await launchBrowserMode({ dataDir, demo: options.demo, openBrowser: false, log: () => undefined });
  const context = await getBrowser().newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  // The printed URL's one-time code becomes the context's session cookie; later visits of app.url need no code.
  await page.goto(app.signInUrl());
  const exportedFile = async (click: () => Promise<void>) => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    return { fileName: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };
  return {
    url: app.url,
    page,
    exportedFile,
    close: async () => {
      await context.close();
      await app.shutdown();
    },
  };
}

async function startDesktop(dataDir: string, options: StartOptions) {
  const executablePath = createRequire(import.meta.url)('electron') as unknown as string;
  const electronApp = await _electron.launch({
    executablePath,
    args: [path.join(ROOT, 'out', 'main', 'index.js'), '--data-dir', dataDir, ...(options.demo ? ['--demo', options.demo] : [])],
  });
  const page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-enregistre-'));
  const exportedFile = async (click: () => Promise<void>) => {
    // The box answers the name it offered, in a folder of the test's own.
    await electronApp.evaluate(({ dialog }, folder) => {
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath: string };
        return { canceled: false, filePath: `${folder}/${options.defaultPath.split(/[\\/]/).pop()!}` };
      }) as typeof dialog.showSaveDialog;
    }, saved);
    const before = new Set(fs.readdirSync(saved));
    await click();
    // Written to a temporary name, then renamed: the file is there whole once its name appears.
    let fileName = '';
    await expect.poll(() => (fileName = fs.readdirSync(saved).find((f) => !before.has(f) && !f.startsWith('.')) ?? ''), { timeout: 30_000 }).not.toBe('');
    await page.getByText(`Fichier enregistré : ${fileName} (`, { exact: false }).first().waitFor({ state: 'attached' });
    return { fileName, bytes: fs.readFileSync(path.join(saved, fileName)) };
  };
  return {
    url: page.url(),
    page,
    exportedFile,
    close: async () => {
      await electronApp.close();
      fs.rmSync(saved, { recursive: true, force: true });
    },
  };
}

/** Calls the API from the page, the way the renderer does: `window.cae` in the desktop app, HTTP with the page's session cookie in browser mode. */
export async function invoke<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const reply = (await page.evaluate(
    async ({ channel, input }) => {
      const bridge = (window as unknown as { cae?: { invoke: (c: string, i: unknown) => Promise<unknown> } }).cae;
      if (bridge) return bridge.invoke(channel, input);
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      return response.json();
    },
    { channel, input },
  )) as ApiReplyOf<C>;
  if (!reply.ok) throw new Error(`${channel} : ${reply.error.message}`);
  return reply.value;
}

/**
 * Closes the start-up summary of an employer workspace (« Vos obligations »,
 * shown once per opening when something is overdue or due within 30 days)
 * with « Plus tard »: call it after opening the employer demo.
 */
export async function closeObligationsSummary(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Vos obligations' });
  await dialog.getByRole('button', { name: 'Plus tard' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Runs `act` (a click) and returns the value of the API reply it causes on `channel` (browser mode). */
export async function replyOf<T>(page: Page, channel: string, act: () => Promise<void>): Promise<T> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes(`"channel":"${channel}"`)),
    act(),
  ]);
  const reply = (await response.json()) as { ok: boolean; value: T };
  if (!reply.ok) throw new Error(`${channel} : réponse refusée ${JSON.stringify(reply)}`);
  return reply.value;
}
