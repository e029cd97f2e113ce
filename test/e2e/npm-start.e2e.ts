/**
 * What a new user runs: `npm start` on a fresh data folder (no Electron binary
 * here, so browser mode). The printed URL carries a one-time code that
 * Chromium exchanges for the session cookie; the API answers only with it,
 * and the data folder's adresse-navigateur.txt gives another browser its way in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBrowser } from './harness';

const browser = useBrowser();
let child: ChildProcess | undefined;
let dataDir: string | undefined;

/** Like Ctrl+C in a terminal: the signal goes to the whole process group (npm, the script, the app). */
function interrupt(signal: NodeJS.Signals = 'SIGINT') {
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, signal);
}

/** Whether a process of the group led by `pid` (npm, the script, the app) is still there. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterEach(async () => {
  const pid = child?.pid;
  interrupt('SIGTERM');
  child = undefined;
  // The app closes its workspace on SIGTERM (stamp, journal): the folder is removed once every process of the group is gone.
  if (pid) await vi.waitFor(() => expect(groupAlive(pid)).toBe(false), { timeout: 20_000, interval: 50 });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function startNpm(args: string[]): Promise<{ url: string; output: () => string; exited: Promise<number | null> }> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-start-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  child = spawn(npm, ['start', '--', '--no-open', '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
    detached: true,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Adresse : (http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]+)/.exec(output)?.[1];
      if (url) resolve({ url, output: () => output, exited });
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`npm start s'est arrêté (code ${code}) :\n${output}`)));
  });
}

describe('npm start', () => {
  it('serves the French home page in browser mode, through its one-time URL and the session cookie only', async () => {
    const started = await startNpm([]);
    expect(started.output()).toContain(`Données : ${dataDir}`);
    const context = await browser().newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(started.url);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.title()).toContain('Conventions CAE');
    await page.getByRole('heading', { name: /Bienvenue/ }).waitFor();
    // The page's own calls carry the cookie, which its script cannot read; the same call without it is refused.
    const results = await page.evaluate(async () => {
      const body = JSON.stringify({ channel: 'app.info', input: {} });
      const headers = { 'Content-Type': 'application/json' };
      const withCookie = await fetch('/api/invoke', { method: 'POST', headers, body });
      const without = await fetch('/api/invoke', { method: 'POST', headers, body, credentials: 'omit' });
      return { with: await withCookie.json(), withoutStatus: without.status, cookies: document.cookie };
    });
    expect(results.with).toMatchObject({ ok: true, value: { mode: 'browser', dataDir } });
    expect(results.withoutStatus).toBe(401);
    expect(results.cookies).toBe('');
    // A reload keeps the session; the printed URL does not open a second browser.
    await page.reload();
    await page.getByRole('heading', { name: /Bienvenue/ }).waitFor();
    const other = await browser().newContext({ locale: 'fr-FR' });
    const second = await other.newPage();
    await second.goto(started.url);
    await second.getByRole('heading', { name: 'Accès refusé' }).waitFor();
    // The data folder's file, readable by its owner only, holds a URL that does.
    const file = path.join(dataDir!, 'adresse-navigateur.txt');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await second.goto(fs.readFileSync(file, 'utf8').trim());
    await second.getByRole('heading', { name: /Bienvenue/ }).waitFor();
    await other.close();
    await context.close();
    // Ctrl+C stops npm, the start script and the app: the port closes.
    interrupt();
    await started.exited;
    await expect
      .poll(
        () =>
          fetch(started.url).then(
            () => 'ouvert',
            () => 'fermé',
          ),
        { timeout: 10_000 },
      )
      .toBe('fermé');
  });

  it('a stop asked while the workspace opens waits for it, then closes it cleanly: the next start need not check it whole', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-start-'));
    const root = path.resolve(import.meta.dirname, '..', '..');
    child = spawn(process.execPath, [path.join(root, 'bin', 'cae.mjs'), 'start', '--demo', '--no-open', '--port', '0', '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child!.once('exit', (code, signal) => resolve([code, signal])));
    // The folder's lock is taken first, then the demo is made and opened: the signal comes in between.
    await expect.poll(() => fs.existsSync(path.join(dataDir!, '.verrou')), { timeout: 30_000, interval: 20 }).toBe(true);
    expect(output).not.toContain('Adresse :');
    child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(output).toContain('Adresse :');
    expect(fs.existsSync(path.join(dataDir, 'demo-agence', 'cae.sqlite.ferme'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, '.verrou'))).toBe(false);
  });

  it('opens the demo workspace directly with --demo', async () => {
    const started = await startNpm(['--demo']);
    const context = await browser().newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(started.url);
    await page.getByText('Espace de démonstration').first().waitFor();
    await context.close();
    expect(fs.existsSync(path.join(dataDir!, 'demo-agence', 'cae.sqlite'))).toBe(true);
  });
});
