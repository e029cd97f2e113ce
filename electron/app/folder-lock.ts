/**
 * One writer per data folder: the browser-mode server, the desktop app and
 * every writing `cae` command hold `<dataDir>/.verrou` while they run. The
 * file says who holds the folder (process, computer, kind, since when); a
 * second writer is refused with that, in French. A holder whose process has
 * died (same computer) is stale: the next writer takes the folder over and
 * says so. Reading commands take no lock (WAL lets them read meanwhile).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import { makePrivateDir } from '../db/private-files';
import { dayFr } from '../../shared/rules/dates/day';

export const LOCK_FILE = '.verrou';
/** Held only while a stale lock is being taken over, so that two newcomers never both take it. */
const TAKEOVER_FILE = '.verrou.reprise';
/** A lock file that cannot be read yet (being written without hard links) is given this long before it counts as stale. */
const UNREADABLE_GRACE_MS = 2000;
const ATTEMPTS = 20;
const RETRY_MS = 25;

export interface LockHolder {
  pid: number;
  hostname: string;
  /** Who holds it, in French: « l’application (mode navigateur) », « la commande cae import »… */
  kind: string;
  /** ISO instant. */
  startedAt: string;
  token: string;
}

export interface FolderLock {
  file: string;
  holder: LockHolder;
  /** The stale holder taken over (its process had died), or null. */
  takenOver: LockHolder | null;
  release: () => void;
}

export interface LockEnvironment {
  now: () => Date;
  pid: number;
  hostname: string;
  isAlive: (pid: number) => boolean;
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const defaultEnvironment = (): LockEnvironment => ({ now: () => new Date(), pid: process.pid, hostname: os.hostname(), isAlive: processAlive });

/** JJ/MM/AAAA HH:MM, local time. */
export function instantFr(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'une date inconnue';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dayFr(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A holder kept by a `cae` command (which ends by itself), rather than by the app (which runs until closed). */
const isCommand = (holder: LockHolder): boolean => holder.kind.startsWith('la commande');

/** The folder is held by another writer: the message says who, since when, and what to do. */
export class FolderLockedError extends AppError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const advice = isCommand(holder)
      ? 'Attendez la fin de cette commande, puis recommencez.'
      : 'Fermez-la, ou faites ce travail depuis l’application, puis recommencez.';
    super(
      'CONFLICT',
      `Le dossier de données ${dataDir} est déjà utilisé par ${holder.kind} (processus ${holder.pid} sur ${holder.hostname}) ` +
        `depuis le ${instantFr(holder.startedAt)} : un seul programme à la fois peut y écrire. ${advice}`,
    );
    this.name = 'FolderLockedError';
  }
}

/** What to tell the user when a stale lock was taken over. */
export function takeoverMessage(dataDir: string, stale: LockHolder): string {
  return (
    `Le dossier de données ${dataDir} était resté verrouillé par ${stale.kind} (processus ${stale.pid}, arrêté sans le libérer) ` +
    `depuis le ${instantFr(stale.startedAt)} : le verrou est repris.`
  );
}

function readHolder(file: string, env: LockEnvironment): LockHolder | 'missing' | 'unreadable' {
  let text: string;
  let mtime: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    mtime = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    if (typeof h.pid === 'number' && typeof h.hostname === 'string' && typeof h.kind === 'string' && typeof h.token === 'string') return h;
  } catch {
    // An empty or cut file: see below.
  }
  if (env.now().getTime() - mtime < UNREADABLE_GRACE_MS) return 'unreadable';
  return { pid: 0, hostname: env.hostname, kind: 'un programme inconnu', startedAt: new Date(mtime).toISOString(), token: 'illisible' };
}

/** A holder on this computer whose process is gone. On another computer nothing can be told: it is taken as alive. */
const isStale = (h: LockHolder, env: LockEnvironment): boolean => h.hostname === env.hostname && !env.isAlive(h.pid);

/** Creates `target` with `holder` in it, all at once; false when it already exists. */
function createExclusive(target: string, holder: LockHolder): boolean {
  const temp = `${target}.${holder.pid}.${holder.token}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  try {
    fs.linkSync(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // No hard links on this file system: exclusive creation, then the content.
    try {
      fs.writeFileSync(target, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o600 });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Replaces a stale lock by ours, under the takeover file; false when another newcomer is doing it. */
function takeOver(dir: string, stale: LockHolder, ours: LockHolder, env: LockEnvironment): boolean {
  const marker = path.join(dir, TAKEOVER_FILE);
  if (!createExclusive(marker, ours)) {
    const taker = readHolder(marker, env);
    if (taker !== 'missing' && taker !== 'unreadable' && isStale(taker, env)) fs.rmSync(marker, { force: true });
    return false;
  }
  try {
    const current = readHolder(path.join(dir, LOCK_FILE), env);
    if (current === 'missing' || current === 'unreadable' || current.token !== stale.token) return false;
    const temp = path.join(dir, `${LOCK_FILE}.${ours.pid}.${ours.token}.tmp`);
    fs.writeFileSync(temp, `${JSON.stringify(ours)}\n`, { mode: 0o600 });
    fs.renameSync(temp, path.join(dir, LOCK_FILE));
    return true;
  } finally {
    fs.rmSync(marker, { force: true });
  }
}

function heldLock(dir: string, holder: LockHolder, takenOver: LockHolder | null, env: LockEnvironment): FolderLock {
  const file = path.join(dir, LOCK_FILE);
  const release = (): void => {
    process.off('exit', release);
    const current = readHolder(file, env);
    if (current !== 'missing' && current !== 'unreadable' && current.token === holder.token) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);
  return { file, holder, takenOver, release };
}

/**
 * Takes the data folder for a writer of that kind, or throws FolderLockedError
 * naming the holder. A stale holder is taken over (`takenOver`, to be said).
 */
export function acquireFolderLock(dataDir: string, kind: string, environment: Partial<LockEnvironment> = {}): FolderLock {
  const env = { ...defaultEnvironment(), ...environment };
  makePrivateDir(dataDir);
  const file = path.join(dataDir, LOCK_FILE);
  const ours: LockHolder = { pid: env.pid, hostname: env.hostname, kind, startedAt: env.now().toISOString(), token: crypto.randomBytes(8).toString('hex') };
  let lastHolder: LockHolder | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createExclusive(file, ours)) return heldLock(dataDir, ours, null, env);
    const holder = readHolder(file, env);
    if (holder !== 'missing' && holder !== 'unreadable') {
      lastHolder = holder;
      if (!isStale(holder, env)) throw new FolderLockedError(dataDir, holder);
      if (takeOver(dataDir, holder, ours, env)) return heldLock(dataDir, ours, holder, env);
    }
    sleepSync(RETRY_MS);
  }
  throw new FolderLockedError(dataDir, lastHolder ?? { ...ours, kind: 'un autre programme' });
}

/**
 * For `cae` commands: while another command holds the folder (it ends by
 * itself), waits up to `waitMs`, telling `onWait` once; the app holding it is
 * refused at once (it runs until closed).
 */
export async function acquireFolderLockWaiting(
  dataDir: string,
  kind: string,
  options: { waitMs: number; onWait: (message: string) => void; environment?: Partial<LockEnvironment> },
): Promise<FolderLock> {
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    try {
      return acquireFolderLock(dataDir, kind, options.environment);
    } catch (error) {
      if (!(error instanceof FolderLockedError) || !isCommand(error.holder) || Date.now() >= deadline) throw error;
      if (!told) {
        options.onWait(
          `${error.holder.kind} (processus ${error.holder.pid}) écrit dans ${dataDir} depuis le ${instantFr(error.holder.startedAt)} : attente de sa fin…`,
        );
        told = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
