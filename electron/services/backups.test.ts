import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices } from '../api/app-services';
import { mainDatabasePath } from '../app/data-dir';
import { generateDemoWorkspace } from '../app/demo/generate';
import { contentHash } from '../db/backup-file';
import { openDatabase } from '../db/connection';
import { loadMigrations } from '../db/migrate';
import { listBackups, restoreFile } from './backups';

const tempDir = useTempDir();

/** A data folder whose own database is filled (the demo agency's 30 conventions), and the app on it at a clock the test moves. */
function workspace() {
  const dir = tempDir();
  generateDemoWorkspace({ file: mainDatabasePath(dir), role: 'agence', conventions: 30, seed: 1 });
  return dir;
}

function app(dir: string, clock: { now: string }) {
  return createAppServices({ dataDir: dir, mode: 'browser', now: () => clock.now, today: () => clock.now.slice(0, 10), log: () => undefined });
}

async function value<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const auditActions = (db: ReturnType<typeof openDatabase>) =>
  (db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action);

describe('backups that restore (issue #15, section 5)', () => {
  it('restore drill: backs up, changes, restores, and the content hash is back to the one backed up; the changed database is kept aside', async () => {
    const dir = workspace();
    const clock = { now: '2026-12-04T10:00:00.000Z' };
    const services = app(dir, clock);
    try {
      const before = contentHash(services.workspaces.ready());
      const backup = await value(services.invoke('backups.create', {}));
      expect(backup.kind).toBe('manuelle');
      services.workspaces.ready().exec("UPDATE employers SET name = 'Modifié après la sauvegarde'; DELETE FROM contract_events;");
      const changed = contentHash(services.workspaces.ready());
      expect(changed).not.toBe(before);

      clock.now = '2026-12-04T11:00:00.000Z';
      const restored = await value(services.invoke('backups.restore', { name: backup.name }));
      expect(contentHash(services.workspaces.ready())).toBe(before);
      expect(restored.aside).toMatch(/^cae\.avant-restauration-2026-12-04-\d{6}\.sqlite$/);
      const aside = openDatabase(path.join(dir, restored.aside!));
      expect(contentHash(aside)).toBe(changed);
      aside.close();
      expect(auditActions(services.workspaces.ready()).slice(-1)).toEqual(['backup.restore']);
      if (process.platform !== 'win32') {
        expect(mode(path.join(dir, 'sauvegardes'))).toBe(0o700);
        expect(mode(path.join(dir, 'sauvegardes', backup.name))).toBe(0o600);
        expect(mode(path.join(dir, restored.aside!))).toBe(0o600);
      }
    } finally {
      services.close();
    }
  });

  it('logs each backup in the audit log of the database it copies', async () => {
    const services = app(workspace(), { now: '2026-12-04T10:00:00.000Z' });
    try {
      const backup = await value(services.invoke('backups.create', {}));
      const row = services.workspaces.ready().prepare("SELECT details FROM audit_log WHERE action = 'backup.create' ORDER BY id DESC").get() as {
        details: string;
      };
      expect(JSON.parse(row.details)).toMatchObject({ file: backup.name, kind: 'manuelle' });
    } finally {
      services.close();
    }
  });

  it('makes the automatic backup when the workspace opens, at most once a day', async () => {
    const dir = workspace();
    const clock = { now: '2026-12-04T10:00:00.000Z' };
    for (const now of ['2026-12-04T10:00:00.000Z', '2026-12-04T15:00:00.000Z', '2026-12-05T09:00:00.000Z']) {
      clock.now = now;
      const services = app(dir, clock);
      await value(services.invoke('workspace.get', {}));
      services.close();
    }
    expect(listBackups(dir).map((b) => [b.kind, b.createdAt.slice(0, 10)])).toEqual([
      ['auto', '2026-12-05'],
      ['auto', '2026-12-04'],
    ]);
  });

  it('makes no automatic backup of a folder whose workspace is not created yet', async () => {
    const dir = tempDir();
    const services = app(dir, { now: '2026-12-04T10:00:00.000Z' });
    await value(services.invoke('workspace.get', {}));
    services.close();
    expect(listBackups(dir)).toEqual([]);
  });

  it('keeps only the number of backups set (rotation), the newest', async () => {
    const clock = { now: '2026-12-04T10:00:00.000Z' };
    const services = app(workspace(), clock);
    try {
      expect((await value(services.invoke('backups.list', {}))).keep).toBe(10);
      await value(services.invoke('backups.saveSettings', { keep: 3 }));
      for (let i = 1; i <= 5; i++) {
        clock.now = `2026-12-04T1${i}:00:00.000Z`;
        await value(services.invoke('backups.create', {}));
      }
      const list = await value(services.invoke('backups.list', {}));
      expect(list.keep).toBe(3);
      expect(list.items).toHaveLength(3);
      expect(list.items.map((b) => b.createdAt)).toEqual([...list.items.map((b) => b.createdAt)].sort().reverse());
      expect(list.items.every((b) => b.kind === 'manuelle')).toBe(true);
    } finally {
      services.close();
    }
  });

  it('restores only a backup named in the list: a path or an unknown name is refused in French and nothing changes', async () => {
    const dir = workspace();
    const services = app(dir, { now: '2026-12-04T10:00:00.000Z' });
    try {
      const before = contentHash(services.workspaces.ready());
      for (const name of ['../cae.sqlite', '/etc/passwd', 'sauvegardes/../../cae.sqlite', 'cae-2026-12-04-100000-manuelle.sqlite/../../x']) {
        const reply = await services.invoke('backups.restore', { name });
        expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
      const unknown = await services.invoke('backups.restore', { name: 'cae-2001-01-01-000000-manuelle.sqlite' });
      expect(unknown).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringMatching(/n'est pas dans la liste.*rien n'a été restauré/) },
      });
      expect(contentHash(services.workspaces.ready())).toBe(before);
      expect(fs.readdirSync(dir).filter((f) => f.includes('avant-restauration'))).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('refuses to restore a newer schema, a damaged file and a file that is not a database, each in French, without touching the database', async () => {
    const dir = workspace();
    const services = app(dir, { now: '2026-12-04T10:00:00.000Z' });
    try {
      const good = await value(services.invoke('backups.create', {}));
      const folder = path.join(dir, 'sauvegardes');
      const plant = (name: string, make: (file: string) => void) => {
        fs.copyFileSync(path.join(folder, good.name), path.join(folder, name));
        make(path.join(folder, name));
      };
      plant('cae-2026-12-04-100001-manuelle.sqlite', (file) => {
        const db = openDatabase(file);
        db.pragma('user_version = 99');
        db.close();
      });
      plant('cae-2026-12-04-100002-manuelle.sqlite', (file) => corrupt(file));
      plant('cae-2026-12-04-100003-manuelle.sqlite', (file) => fs.writeFileSync(file, 'ceci n’est pas une base\n'.repeat(200)));
      plant('cae-2026-12-04-100004-manuelle.sqlite', (file) => fs.writeFileSync(file, ''));
      const before = contentHash(services.workspaces.ready());
      const expected: Record<string, RegExp> = {
        'cae-2026-12-04-100001-manuelle.sqlite':
          /vient d'une version plus récente de l'application \(schéma 99, cette version connaît le schéma \d+\) : rien n'a été restauré\.$/,
        'cae-2026-12-04-100002-manuelle.sqlite': /est endommagé .* : rien n'a été restauré\.$/,
        'cae-2026-12-04-100003-manuelle.sqlite': /n'est pas une base de données SQLite : rien n'a été restauré\.$/,
        'cae-2026-12-04-100004-manuelle.sqlite': /n'est pas une base de données de l'application : rien n'a été restauré\.$/,
      };
      for (const [name, message] of Object.entries(expected)) {
        const reply = await services.invoke('backups.restore', { name });
        expect(reply, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
      }
      expect(contentHash(services.workspaces.ready())).toBe(before);
      expect(fs.readdirSync(dir).filter((f) => f.includes('avant-restauration') || f.endsWith('.tmp'))).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('names the real place of the backups and the command that restores one when the database is damaged', () => {
    const dir = tempDir();
    const file = mainDatabasePath(dir);
    fs.writeFileSync(file, 'pas une base');
    expect(() => openDatabase(file)).toThrow(
      `Restaurez la dernière sauvegarde, dans ${path.join(dir, 'sauvegardes')}, avec « cae restore FICHIER --data-dir ${dir} »`,
    );
  });

  it('restores an older backup by migrating it on opening', () => {
    const dir = tempDir();
    const old = path.join(dir, 'ancienne.sqlite');
    const db = openDatabase(old, { migrations: loadMigrations().slice(0, 3) });
    db.exec("INSERT INTO workspace (id, role, name, is_demo, created_at) VALUES (1, 'agence', 'ALE', 0, '2008-01-01T00:00:00Z')");
    db.close();
    const target = path.join(dir, 'data', 'cae.sqlite');
    expect(restoreFile(target, old, new Date('2026-12-04T10:00:00Z'))).toEqual({ aside: null, schemaVersion: 3 });
    const restored = openDatabase(target);
    expect(restored.pragma('user_version', { simple: true })).toBeGreaterThan(3);
    restored.close();
  });
});

/** Overwrites the middle of the file: pages of tables and indexes become garbage, the header stays. */
function corrupt(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0x5a), 0, Math.floor(size / 2), Math.floor(size / 4));
  fs.closeSync(fd);
}
