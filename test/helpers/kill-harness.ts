/**
 * Issue #15, section 4: every write path survives a kill. For one write path,
 * a child process (kill-child.ts) opens a copy of a prepared data folder and
 * performs the write; the harness SIGKILLs it after a delay drawn from a
 * seeded generator (so a failure reproduces with its seed), within the time
 * the complete write took in a reference run. Then, as the next start would:
 * `integrity_check` ok; the database either as before or as after the complete
 * write (a migration: as after one of its steps; an export: its lot prepared,
 * settled by the next export); a lot ready or sent only with its complete file;
 * every backup, and every database kept aside by a restore, complete; and once
 * the workspace is opened again, no temporary file left in the data folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { createAppServices } from '../../electron/api/app-services';
import { mainDatabasePath } from '../../electron/app/data-dir';
import { contentHash } from '../../electron/db/backup-file';
import { loadMigrations, migrate } from '../../electron/db/migrate';
import { linesChecksum } from '../../electron/sync/canonical';
import type { Channel, ChannelInput } from '../../shared/api/contract';
import { openDatabase } from '../../electron/db/connection';
import { applyPassphrase, fileEncryption } from '../../electron/db/encryption';
import { TEST_PASSPHRASE } from './passphrase';

/** A raw connection for the checks, keyed when the file is encrypted (the workspaces of the tests are). */
function openRaw(file: string, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  if (fileEncryption(file) === 'encrypted') applyPassphrase(db, TEST_PASSPHRASE);
  return db;
}

const root = path.resolve(import.meta.dirname, '..', '..');

export interface KillTask {
  dataDir: string;
  today: string;
  /** A channel call, or `migration`: open the workspace's database, migrating it. */
  write: { channel: Channel; input: unknown } | 'migration';
}

/** Opens the task's workspace as the app does (a migration: nothing yet); `write` performs the write and tells how it went. */
export function openTask(task: KillTask): { write: () => Promise<string>; close: () => void } {
  if (task.write === 'migration') {
    return {
      write: async () => {
        openDatabase(mainDatabasePath(task.dataDir), { passphrase: TEST_PASSPHRASE }).close();
        return 'ok';
      },
      close: () => undefined,
    };
  }
  const { channel, input } = task.write;
  const app = createAppServices({
    dataDir: task.dataDir,
    mode: 'browser',
    today: () => task.today,
    now: () => `${task.today}T10:00:00.000Z`,
    log: () => undefined,
    secrets: { passphrase: TEST_PASSPHRASE },
  });
  app.workspaces.current();
  return {
    write: async () => {
      const reply = await app.invoke(channel, input as ChannelInput<Channel>);
      return reply.ok ? 'ok' : `refus ${reply.error.message}`;
    },
    close: () => app.close(),
  };
}

export interface WritePath {
  /** The write path, in French, for the table. */
  name: string;
  /** The prepared data folder, copied for each run. */
  base: string;
  today: string;
  write: KillTask['write'];
  /** What else to check: the lots of an export, the backups, the databases a restore keeps aside. */
  check?: 'export' | 'backup' | 'restore';
}

interface ChildRun {
  /** The write finished (« fait ») before the kill. */
  finished: boolean;
}

/** Runs the write in a child process on `dataDir`; kills it `killAfter` ms after telling it to start (never, when null). */
async function runChild(task: KillTask, killAfter: number | null): Promise<ChildRun> {
  const file = path.join(os.tmpdir(), `cae-kill-task-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(task));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'helpers', 'kill-child.ts'), file], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('prêt')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`le processus fils s’est arrêté avant d’être prêt (${code}) : ${errors.slice(0, 2000)}`)));
    });
    child.stdin!.write('go\n');
    const start = performance.now();
    if (killAfter !== null) {
      const wait = Math.max(0, killAfter - (performance.now() - start));
      setTimeout(() => child.kill('SIGKILL'), wait);
    }
    await exited;
  } finally {
    fs.rmSync(file, { force: true });
  }
  return { finished: output.includes('fait') };
}

/** What the database holds, every table (the audit log without the backups' own lines, which the automatic backup adds at start), and its schema version. */
function stateOf(db: Database.Database): string {
  const audit = db.prepare("SELECT at, action, entity, details FROM audit_log WHERE action NOT LIKE 'backup.%' ORDER BY id").raw().all();
  const version = db.pragma('user_version', { simple: true }) as number;
  return createHash('sha256')
    .update(`${version}\n${contentHash(db, ['audit_log'])}\n${JSON.stringify(audit)}`)
    .digest('hex');
}

/** Opens a database file as SQLite would after a crash (its write-ahead log replayed): its integrity and its state. */
function inspect(file: string): { integrity: string; state: string; content: string } {
  const db = openRaw(file, { fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    return { integrity, state: integrity === 'ok' ? stateOf(db) : '', content: integrity === 'ok' ? contentHash(db) : '' };
  } finally {
    db.close();
  }
}

/** The state after each migration step, from `base`'s schema version to the latest: `schéma N` by state. */
function migrationStates(base: string, work: string): Map<string, string> {
  const migrations = loadMigrations();
  const states = new Map<string, string>();
  for (let version = 1; version <= migrations.length; version++) {
    const file = path.join(work, `v${version}.sqlite`);
    fs.copyFileSync(mainDatabasePath(base), file);
    const db = openRaw(file);
    try {
      if ((db.pragma('user_version', { simple: true }) as number) > version) continue;
      db.pragma('foreign_keys = ON');
      migrate(db, migrations, version);
      states.set(stateOf(db), `schéma ${version}`);
    } finally {
      db.close();
    }
  }
  return states;
}

/** Every file whose name ends in `.tmp`, anywhere under `dir`. */
function temporaries(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.tmp'));
}

/** The file is there, parses, and its lines are those the lot recorded (their checksum, as the app settles a lot: sync/settle.ts). */
function completeFile(file: string, sha256: string): boolean {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { header: { sha256: string }; lines: unknown[] };
    return parsed.header.sha256 === sha256 && linesChecksum(parsed.lines) === sha256;
  } catch {
    return false;
  }
}

/** A lot is ready or sent only if its complete file (its recorded SHA-256) is in its folder; every lot file names a lot. */
function lotProblems(dataDir: string): string[] {
  const db = openRaw(mainDatabasePath(dataDir), { fileMustExist: true, readonly: true });
  try {
    const lots = db
      .prepare("SELECT file_name AS fileName, status, sha256, coalesce(folder, ?) AS folder FROM exchange_lots WHERE direction = 'OUT'")
      .all(path.join(dataDir, 'envois')) as { fileName: string; status: string; sha256: string; folder: string }[];
    const problems: string[] = [];
    for (const lot of lots.filter((l) => l.status !== 'prepared')) {
      if (!completeFile(path.join(lot.folder, lot.fileName), lot.sha256)) problems.push(`lot ${lot.fileName} ${lot.status} sans son fichier complet`);
    }
    const outbox = path.join(dataDir, 'envois');
    const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((n) => !n.startsWith('.')) : [];
    for (const name of files) if (!lots.some((l) => l.fileName === name)) problems.push(`fichier ${name} sans lot`);
    return problems;
  } finally {
    db.close();
  }
}

/** Files of a folder of the data folder whose name matches, each complete (integrity_check ok). */
function damagedDatabases(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name))
    .filter((name) => {
      try {
        return inspect(path.join(dir, name)).integrity !== 'ok';
      } catch {
        return true;
      }
    })
    .map((name) => `${name} incomplet`);
}

/** Where a kill left an export (the lots record their folder, a path that differs from one copy to the next): no lot, a lot prepared, lots finished. */
function exportOutcome(dataDir: string): string {
  const db = openRaw(mainDatabasePath(dataDir), { fileMustExist: true, readonly: true });
  try {
    const statuses = db.prepare("SELECT status FROM exchange_lots WHERE direction = 'OUT'").pluck().all() as string[];
    if (statuses.length === 0) return 'avant';
    return statuses.includes('prepared') ? 'lot préparé' : 'après';
  } finally {
    db.close();
  }
}

/** A backup leaves the state as it was: whether it was made is told by its file. */
function manualBackups(dataDir: string): number {
  const dir = path.join(dataDir, 'sauvegardes');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('-manuelle.sqlite')).length : 0;
}

/** Opens the workspace again as the app starts (temporaries cleaned); after an export, exports again (a prepared lot is settled). */
async function nextStart(dataDir: string, today: string, settle: boolean): Promise<void> {
  const app = createAppServices({
    dataDir,
    mode: 'browser',
    today: () => today,
    now: () => `${today}T10:00:00.000Z`,
    log: () => undefined,
    secrets: { passphrase: TEST_PASSPHRASE },
  });
  try {
    app.workspaces.current();
    if (settle) {
      const reply = await app.invoke('exchanges.export', {});
      if (!reply.ok) throw new Error(reply.error.message);
    }
  } finally {
    app.close();
  }
}

interface Reference {
  /** Outcome name by state: `avant`, `après` (and each migration step). */
  states: Map<string, string>;
  /** The milliseconds the complete write took. */
  took: number;
  /** After an export: the lines of the lots (every record sent once). */
  lotLines: number;
}

function lotLines(dataDir: string): number {
  const db = openRaw(mainDatabasePath(dataDir), { fileMustExist: true, readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM exchange_lot_lines l JOIN exchange_lots x ON x.id = l.lot_id WHERE x.direction = 'OUT'").pluck().get() as number;
  } finally {
    db.close();
  }
}

/** One complete run (not killed): the state before and after, and how long the write takes. */
async function reference(write: WritePath, work: string): Promise<Reference> {
  const dataDir = path.join(work, 'reference');
  fs.cpSync(write.base, dataDir, { recursive: true });
  const states = write.write === 'migration' ? migrationStates(write.base, work) : new Map([[inspect(mainDatabasePath(write.base)).state, 'avant']]);
  // In this process: the same write as the child's, not killed.
  const opened = openTask({ dataDir, today: write.today, write: write.write });
  const start = performance.now();
  const outcome = await opened.write();
  const took = performance.now() - start;
  opened.close();
  if (outcome !== 'ok') throw new Error(`${write.name} : l’écriture de référence a échoué (${outcome})`);
  if (write.write !== 'migration') states.set(inspect(mainDatabasePath(dataDir)).state, 'après');
  if (write.check === 'export') await nextStart(dataDir, write.today, true);
  return { states, took, lotLines: lotLines(dataDir) };
}

interface KillResult {
  /** Where the kill left the database: avant, après, schéma N, lot préparé. */
  outcome: string;
  problems: string[];
}

/** After the kill: the database as the next start finds it, then the next start itself. */
async function afterKill(write: WritePath, ref: Reference, dataDir: string): Promise<KillResult> {
  const problems: string[] = [];
  const found = inspect(mainDatabasePath(dataDir));
  if (found.integrity !== 'ok') problems.push(`integrity_check : ${found.integrity}`);
  let outcome = ref.states.get(found.state);
  if (write.check === 'export') {
    problems.push(...lotProblems(dataDir));
    outcome = exportOutcome(dataDir);
  }
  if (write.check === 'backup') outcome = manualBackups(dataDir) > manualBackups(write.base) ? 'après' : 'avant';
  if (!outcome) problems.push('ni avant ni après : écriture partielle');
  if (write.check === 'backup') problems.push(...damagedDatabases(path.join(dataDir, 'sauvegardes'), /\.sqlite$/));
  if (write.check === 'restore') problems.push(...damagedDatabases(dataDir, /avant-restauration.*\.sqlite$/));
  await nextStart(dataDir, write.today, write.check === 'export');
  problems.push(...temporaries(dataDir).map((name) => `fichier temporaire laissé après le démarrage : ${name}`));
  if (write.check === 'export') {
    problems.push(...lotProblems(dataDir));
    if (lotLines(dataDir) !== ref.lotLines) problems.push(`${lotLines(dataDir)} lignes envoyées au lieu de ${ref.lotLines}`);
  }
  if (write.write === 'migration' && inspect(mainDatabasePath(dataDir)).state !== [...ref.states.keys()].at(-1)) {
    problems.push('la migration n’est pas terminée au démarrage suivant');
  }
  return { outcome: outcome ?? 'partiel', problems };
}

/** A seeded generator (mulberry32): the same seed, the same kill delays. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kills the write once, `delay` ms after its start, on a fresh copy of the base, and checks what is left. */
async function killOnce(write: WritePath, ref: Reference, work: string, run: number, delay: number): Promise<KillResult & { finished: boolean }> {
  const dataDir = path.join(work, `arret-${run}`);
  fs.cpSync(write.base, dataDir, { recursive: true });
  try {
    const child = await runChild({ dataDir, today: write.today, write: write.write }, delay);
    const result = await afterKill(write, ref, dataDir);
    return { ...result, finished: child.finished };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface PathReport {
  name: string;
  kills: number;
  /** How many kills left the database in each place. */
  outcomes: Record<string, number>;
  /** Failures, with the seed and delay that reproduce them. */
  problems: string[];
}

/**
 * `kills` kills of one write path, delays drawn from `seed` within three times the reference write's duration (the
 * child's write runs cold, slower than the reference's): before, during and after the write, and during its close.
 */
export async function torture(write: WritePath, kills: number, seed: number): Promise<PathReport> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-kill-'));
  try {
    const ref = await reference(write, work);
    const random = seeded(seed);
    const report: PathReport = { name: write.name, kills, outcomes: {}, problems: [] };
    for (let run = 0; run < kills; run++) {
      const delay = random() * (ref.took * 3 + 3);
      const result = await killOnce(write, ref, work, run, delay);
      const outcome = result.finished && result.outcome === 'après' ? 'après (fini avant l’arrêt)' : result.outcome;
      report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
      for (const p of result.problems) report.problems.push(`${write.name}, graine ${seed}, arrêt ${run} à ${delay.toFixed(1)} ms : ${p}`);
    }
    return report;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
