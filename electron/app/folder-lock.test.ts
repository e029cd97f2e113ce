/** One writer per data folder: the lock file `.verrou`, its French refusal, and the takeover of a lock whose process died. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChildren } from '../../test/helpers/concurrency';
import { useTempDir } from '../../test/helpers/temp-dir';
import { acquireFolderLock, acquireFolderLockWaiting, FolderLockedError, instantFr, LOCK_FILE, type LockHolder } from './folder-lock';

const tempDir = useTempDir('cae-lock-');
const child = useChildren();
/** Another process holding the folder, until killed or its stdin closes. */
const holdingProcess = (dir: string, kind: string) => child(['lock', dir, kind]);

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const holderOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockHolder;

describe('one writer per data folder (.verrou)', () => {
  it('the lock file says who holds the folder, since when, and goes when released', () => {
    const dir = tempDir();
    const lock = acquireFolderLock(dir, 'la commande cae import', { now: () => new Date('2026-12-04T15:30:00') });
    expect(holderOf(dir)).toMatchObject({ pid: process.pid, hostname: os.hostname(), kind: 'la commande cae import' });
    expect(lock.takenOver).toBeNull();
    if (process.platform !== 'win32') expect(fs.statSync(lock.file).mode & 0o777).toBe(0o600);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a second writer while another process holds the folder is refused in French, naming it and since when (JJ/MM/AAAA HH:MM)', async () => {
    const dir = tempDir();
    const other = await holdingProcess(dir, 'l’application (mode navigateur)');
    const error = (() => {
      try {
        acquireFolderLock(dir, 'la commande cae import');
      } catch (e) {
        return e as FolderLockedError;
      }
      throw new Error('pas refusé');
    })();
    expect(error).toBeInstanceOf(FolderLockedError);
    expect(error.message).toMatch(
      new RegExp(
        `^Le dossier de données .* est déjà utilisé par l’application \\(mode navigateur\\) \\(processus ${other.pid} sur .*\\) depuis le \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d : un seul programme à la fois peut y écrire\\. Fermez-la`,
      ),
    );
    // The holder's lock is untouched.
    expect(holderOf(dir).pid).toBe(other.pid);
  });

  it('a second writer in the same process is refused too (a second server on one folder)', () => {
    const dir = tempDir();
    const first = acquireFolderLock(dir, 'l’application (mode navigateur)');
    expect(() => acquireFolderLock(dir, 'l’application (mode navigateur)')).toThrow(/déjà utilisé par l’application \(mode navigateur\)/);
    first.release();
    acquireFolderLock(dir, 'l’application (mode navigateur)').release();
  });

  it('a lock whose process was killed is stale: the next writer takes it over and says whose it was', async () => {
    const dir = tempDir();
    const other = await holdingProcess(dir, 'l’application de bureau');
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    const lock = acquireFolderLock(dir, 'la commande cae export');
    expect(lock.takenOver).toMatchObject({ pid: other.pid, kind: 'l’application de bureau' });
    expect(holderOf(dir)).toMatchObject({ pid: process.pid, kind: 'la commande cae export' });
    lock.release();
  });

  it('a stale lock is taken over once: the next newcomer finds the folder held', () => {
    const dir = tempDir();
    const stale: LockHolder = { pid: deadPid(), hostname: os.hostname(), kind: 'la commande cae import', startedAt: new Date().toISOString(), token: 'x' };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(stale));
    const first = acquireFolderLock(dir, 'la commande cae export');
    expect(first.takenOver?.pid).toBe(stale.pid);
    expect(() => acquireFolderLock(dir, 'la commande cae export')).toThrow(FolderLockedError);
    first.release();
  });

  it('a lock held from another computer is never taken as stale (its process cannot be checked from here)', () => {
    const dir = tempDir();
    const remote: LockHolder = { pid: deadPid(), hostname: 'autre-poste', kind: 'l’application de bureau', startedAt: '2026-12-04T08:05:00Z', token: 'y' };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(remote));
    expect(() => acquireFolderLock(dir, 'la commande cae import')).toThrow(/sur autre-poste\) depuis le 04\/12\/2026/);
  });

  it('a command waits while another command writes in the folder, and gets it when that one ends', async () => {
    const dir = tempDir();
    const other = await holdingProcess(dir, 'la commande cae import');
    const said: string[] = [];
    // The holder ends once the newcomer says it waits: the wait, then the lock.
    const onWait = (m: string) => {
      said.push(m);
      other.stdin!.end();
    };
    const lock = await acquireFolderLockWaiting(dir, 'la commande cae import', { waitMs: 10_000, onWait });
    expect(said).toEqual([expect.stringMatching(/^la commande cae import \(processus \d+\) écrit dans .* depuis le .* : attente de sa fin…$/)]);
    lock.release();
  });

  it('a command does not wait for the application, which runs until closed: refused at once', async () => {
    const dir = tempDir();
    await holdingProcess(dir, 'l’application de bureau');
    const started = Date.now();
    await expect(acquireFolderLockWaiting(dir, 'la commande cae export', { waitMs: 10_000, onWait: () => undefined })).rejects.toThrow(
      /déjà utilisé par l’application de bureau/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('shows the instant as JJ/MM/AAAA HH:MM in local time', () => {
    expect(instantFr(new Date(2026, 11, 4, 9, 5).toISOString())).toBe('04/12/2026 09:05');
  });
});
