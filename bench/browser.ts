/**
 * The app as an agent meets it, in browser mode: `cae start` to the address
 * printed, the Conventions screen (click → first rows), the « Rechercher »
 * field (last keystroke → results shown) and the server's memory, on a copy of
 * the main workspace, driven with playwright-core in the e2e suite's Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { chromium, type Page } from 'playwright-core';
import { LOGIN_URL_FILE } from '../electron/server/session';
import { resolveChromium } from '../test/helpers/chromium';
import { CHROMIUM_ARGS, invoke } from '../test/e2e/harness';
import { metric, summarize, time, type BenchContext, type Metric } from './harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const TABLE = 'Liste des conventions';

/** `cae start` is timed this many times (after a first start that migrates the copy), each page measure this many: their medians. */
const START_RUNS = 3;
const PAGE_RUNS = 5;

interface Started {
  child: ChildProcess;
  url: string;
  ms: number;
}

/** `cae start` on that data folder; resolves when the address is printed. */
function startApp(dataDir: string): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'cae.mjs'), 'start', '--demo', '--data-dir', dataDir, '--no-open', '--port', '0'], {
    cwd: ROOT,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Adresse : (http\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, ms: performance.now() - started });
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`cae start s'est arrêté (${code}) : ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The process's resident memory now (VmRSS) or at its highest since it started (VmHWM), in MB. */
function rssMB(pid: number, which: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const line = new RegExp(`${which}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : NaN;
}

/**
 * The whole conventions list exported as the screen asks it (`exports.csv`):
 * the worker writes the file, the server's thread gathers it and answers it
 * in base64. Only the answer's length comes back from the page.
 */
async function exportFromScreen(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // As « Exporter (CSV) » asks for it in browser mode (renderer/src/api/fileTransport.ts): streamed by the server.
    const response = await fetch('/api/download', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'exports.csv', input: { list: 'conventions' } }),
    });
    if (!response.ok || !response.headers.get('Content-Type')?.startsWith('text/csv')) throw new Error("L'export CSV demandé par l'écran a échoué.");
    return (await response.blob()).size;
  });
}

const resultCount = (page: Page) => page.getByTestId('result-count').textContent();

/** Click on « Conventions » → first rows drawn; ms. */
async function openConventions(page: Page): Promise<number> {
  const started = performance.now();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conventions', exact: true }).click();
  await page.getByRole('table', { name: TABLE }).locator('tbody tr[aria-rowindex]').first().waitFor();
  return performance.now() - started;
}

/** The searches: common, rare and absent names, an employer, a SIRET, a NIR, a number (20 in all). */
function searches(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const common = db.prepare('SELECT last_name FROM employees GROUP BY last_name ORDER BY count(*) DESC LIMIT 6').pluck().all() as string[];
    const rare = db.prepare('SELECT last_name FROM employees GROUP BY last_name ORDER BY count(*), last_name LIMIT 4').pluck().all() as string[];
    const siret = db.prepare('SELECT siret FROM employers ORDER BY id LIMIT 2').pluck().all() as string[];
    const nir = db.prepare('SELECT nir FROM employees ORDER BY id DESC LIMIT 2').pluck().all() as string[];
    const numbers = db.prepare('SELECT number FROM conventions ORDER BY id DESC LIMIT 2').pluck().all() as string[];
    const employer = db.prepare('SELECT name FROM employers ORDER BY id LIMIT 1').pluck().all() as string[];
    return [...common, ...rare, 'Zyxwvutsrq', 'Qqqqqq', 'Wxwxwx', ...siret, ...nir, ...numbers, ...employer].slice(0, 20);
  } finally {
    db.close();
  }
}

/**
 * Text entered → its results painted; ms per search, timed in the page: from the input event (its timeStamp, when the
 * browser received it) to the end of the frame that paints the new count, the search's own, no loader left. The field
 * starts empty (the whole list shown), so the count always changes. Timing in the page leaves out Playwright's round
 * trips (~50 ms per search here, more than the app's own work).
 */
async function measureSearches(page: Page, terms: string[]): Promise<number[]> {
  const field = page.getByLabel('Rechercher');
  const all = await resultCount(page);
  const samples: number[] = [];
  // tsx (esbuild, keepNames) wraps the functions declared in timeSearch in a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  for (const term of terms) {
    const expected = (await invoke(page, 'conventions.list', { search: term, limit: 1, offset: 0 })).total;
    const timing = page.evaluate(timeSearch, expected);
    await page.waitForFunction(() => (window as unknown as { searchArmed?: boolean }).searchArmed === true);
    await field.fill(term);
    samples.push(await timing);
    await field.fill('');
    await page.waitForFunction((before) => document.querySelector('[data-testid="result-count"]')?.textContent === before, all, {
      polling: 'raf',
      timeout: 20_000,
    });
  }
  return samples;
}

/** Runs in the page: the next input event of « Rechercher » → the end of the frame that paints `expected` results (or none). */
function timeSearch(expected: number): Promise<number> {
  return new Promise((resolve) => {
    const field = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    let typed = 0;
    const shown = () => {
      const count = document.querySelector('[data-testid="result-count"]');
      // No result: the table and its count give way to « Aucun résultat ».
      if (expected === 0) return !count && !document.querySelector('table');
      return count && Number((count.textContent ?? '').replace(/\D/g, '')) === expected && !count.parentElement?.querySelector('[aria-label="Mise à jour…"]');
    };
    const observer = new MutationObserver(() => {
      if (!typed || !shown()) return;
      observer.disconnect();
      // The frame's callbacks, then its style, layout and paint; a message posted from the frame runs after them.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          (window as unknown as { searchArmed?: boolean }).searchArmed = false;
          resolve(performance.now() - typed);
        };
        channel.port2.postMessage(null);
      });
    });
    field.addEventListener('input', (event) => (typed = event.timeStamp), { once: true });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { searchArmed?: boolean }).searchArmed = true;
  });
}

/** The plainest figures on the same file: node's own start, raw first page and raw name lookups. */
function baselines(file: string, terms: string[]) {
  const nodeStart = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  const node = performance.now() - nodeStart;
  const db = new Database(file, { readonly: true });
  try {
    const page = time(() => db.prepare('SELECT * FROM conventions ORDER BY starts_on DESC, id DESC LIMIT 100').all(), 5, 1);
    const byName = db.prepare('SELECT id FROM employees WHERE last_name = ? LIMIT 100');
    const lookups = terms.map((t) => time(() => byName.all(t), 1, 0).p50);
    return { node, firstPage: page.p50, search: summarize(lookups) };
  } finally {
    db.close();
  }
}

export async function run(context: BenchContext): Promise<Metric[]> {
  const source = context.workspaces.get(context.conventions);
  if (!source) throw new Error(`Pas d'espace de ${context.conventions} conventions.`);
  const dataDir = path.join(context.tempDir, 'browser');
  // The same layout as `cae demo` (demo-agence/cae.sqlite), opened with --demo: the agency's demo, no sign-in.
  fs.mkdirSync(path.join(dataDir, 'demo-agence'), { recursive: true });
  fs.copyFileSync(source, path.join(dataDir, 'demo-agence', 'cae.sqlite'));
  const terms = searches(source);
  const base = baselines(source, terms);
  // As `npm start` does: the `cae` bundle built from today's sources (bench/run.ts built it before the demos; bin/cae.mjs
  // runs it), and the interface (a production build, whatever was left in out/renderer by a test).
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' }).status !== 0)
    throw new Error("La construction de l'interface a échoué.");

  // A first start applies the pending migrations to the copy once; the figures are those of the starts after it.
  await stop((await startApp(dataDir)).child);
  const starts: number[] = [];
  for (let run = 1; run < START_RUNS; run++) {
    const started = await startApp(dataDir);
    starts.push(started.ms);
    await stop(started.child);
  }
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS, headless: true });
  const app = await startApp(dataDir);
  starts.push(app.ms);
  try {
    // Each time a new browser context (nothing cached, not signed in) on a new page: the address opened, then « Conventions » clicked.
    const shells: number[] = [];
    const clicks: number[] = [];
    let page: Page | undefined;
    for (let run = 1; run <= PAGE_RUNS; run++) {
      await page?.context().close();
      page = await (await browser.newContext()).newPage();
      // The printed address signs in once; the data folder's login file always holds a fresh one (server/session.ts).
      const url = run === 1 ? app.url : fs.readFileSync(path.join(dataDir, LOGIN_URL_FILE), 'utf8').trim();
      const shown = performance.now();
      await page.goto(url);
      await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
      shells.push(performance.now() - shown);
      clicks.push(await openConventions(page));
    }
    process.stderr.write(
      `cae start : ${starts.map(Math.round).join(', ')} ms ; clic sur « Conventions » → premières lignes : ${clicks.map(Math.round).join(', ')} ms\n`,
    );
    const [start, shell, firstRows] = [starts, shells, clicks].map((samples) => summarize(samples).p50) as [number, number, number];
    const open = start + shell + firstRows;
    const search = summarize(await measureSearches(page!, terms));
    const rss = rssMB(app.child.pid!);
    await exportFromScreen(page!);
    const peakWithExport = rssMB(app.child.pid!, 'VmHWM');
    const n = context.conventions.toLocaleString('fr-FR');
    return [
      metric('start.toUrl.ms', `cae start → adresse affichée (${n} conventions), médiane de ${START_RUNS}`, start, 'ms', 1500, base.node),
      metric('conventions.firstRows.ms', `Clic sur « Conventions » → premières lignes, médiane de ${PAGE_RUNS}`, firstRows, 'ms', 500, base.firstPage),
      metric('search.keystroke.p50', 'Recherche : dernière frappe → résultats (p50)', search.p50, 'ms', null, base.search.p50),
      metric('search.keystroke.p95', 'Recherche : dernière frappe → résultats (p95)', search.p95, 'ms', 100, base.search.p95),
      metric('open200k.ms', `Démarrage → première liste affichée (${n} conventions)`, open, 'ms', null, base.node + base.firstPage),
      metric('server.rssMB', `Mémoire du serveur (${n} conventions)`, rss, 'MB', 300, null),
      metric('server.peakWithExportMB', `Mémoire maximale du serveur, export CSV de ${n} conventions par l'écran compris`, peakWithExport, 'MB', null, rss),
    ];
  } finally {
    await stop(app.child);
    await browser.close();
  }
}
