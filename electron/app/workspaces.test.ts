import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { demoDatabasePath, mainDatabasePath } from './data-dir';
import { createAppServices } from '../api/app-services';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';
import { openDatabase } from '../db/connection';
import { fileEncryption } from '../db/encryption';

const tempDir = useTempDir();

function services() {
  const events: unknown[] = [];
  const app = createAppServices({ dataDir: tempDir(), mode: 'browser', now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' });
  app.subscribe((event, payload) => events.push([event, payload]));
  return { app, events };
}

describe('workspace lifecycle', () => {
  it('starts empty, refuses data calls until a role is chosen, then creates the workspace once', async () => {
    const { app, events } = services();
    expect(await app.invoke('workspace.get', {})).toEqual({ ok: true, value: { active: 'main', workspace: null, encrypted: false, locked: false } });
    expect(await app.invoke('conventions.list', {})).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_READY' } });
    // Nothing is written before the user has chosen the role and the passphrase: the database is created encrypted.
    expect(fs.existsSync(mainDatabasePath(app.workspaces.dataDir))).toBe(false);

    const created = await app.invoke('workspace.initialize', {
      passphrase: TEST_PASSPHRASE,
      role: 'agence',
      name: 'ALE de Villeurbanne',
      department: '69',
      agencyCode: '69045',
    });
    expect(created).toMatchObject({
      ok: true,
      value: { active: 'main', workspace: { role: 'agence', name: 'ALE de Villeurbanne', isDemo: false }, encrypted: true, locked: false },
    });
    expect(events).toHaveLength(1);
    expect(await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Autre' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await app.invoke('conventions.list', {})).toEqual({ ok: true, value: { total: 0, items: [] } });
    const audit = app.workspaces.mainDb().prepare('SELECT action FROM audit_log').pluck().all();
    expect(audit).toEqual(['workspace.initialize']);
    app.close();
  });

  it('encrypts in place the empty clear database an earlier version left, then writes the role (issue #15)', async () => {
    const dataDir = tempDir();
    openDatabase(mainDatabasePath(dataDir)).close(); // what opening the welcome screen used to create
    expect(fileEncryption(mainDatabasePath(dataDir))).toBe('clear');
    const app = createAppServices({ dataDir, mode: 'browser', now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' });
    const created = await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Tremplin' });
    expect(created).toMatchObject({ ok: true, value: { encrypted: true, workspace: { name: 'Association Tremplin' } } });
    app.close();
    expect(fileEncryption(mainDatabasePath(dataDir))).toBe('encrypted');
    expect(openDatabase(mainDatabasePath(dataDir), { passphrase: TEST_PASSPHRASE }).prepare('SELECT name FROM workspace').pluck().get()).toBe(
      'Association Tremplin',
    );
  });

  it('invalid input creates nothing, and names each field in French', async () => {
    const { app } = services();
    expect(await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'A' })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          name: 'nom trop court (2 caractères au moins)',
          agencyCode: 'code agence ou prescripteur obligatoire pour une agence',
          department: 'département obligatoire pour une agence',
        },
      },
    });
    // An employer has no agency code to give.
    expect((await app.invoke('workspace.get', {})).ok).toBe(true);
    expect(await app.invoke('workspace.get', {})).toMatchObject({ ok: true, value: { workspace: null } });
    app.close();
  });

  it('keeps the demo beside the user’s own data, and returns to it', async () => {
    const { app } = services();
    await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Tremplin' });
    const demo = await app.invoke('workspace.openDemo', { role: 'agence' });
    expect(demo).toMatchObject({ ok: true, value: { active: 'demo', workspace: { role: 'agence', isDemo: true } } });
    expect(fs.existsSync(demoDatabasePath(app.workspaces.dataDir, 'agence'))).toBe(true);
    const list = await app.invoke('conventions.list', { limit: 5 });
    expect(list.ok && list.value.total).toBe(300);
    // Nothing of the demo lands in the user's own database.
    expect(app.workspaces.mainDb().prepare('SELECT count(*) FROM conventions').pluck().get()).toBe(0);
    expect(await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Autre' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const back = await app.invoke('workspace.closeDemo', {});
    expect(back).toMatchObject({ ok: true, value: { active: 'main', workspace: { name: 'Association Tremplin' } } });
    expect(fs.existsSync(mainDatabasePath(app.workspaces.dataDir))).toBe(true);
    app.close();
  });

  it('sizes each demo for its role: hundreds of conventions for an agency, a few dozen staff for an employer', async () => {
    const { app } = services();
    await app.invoke('workspace.openDemo', { role: 'employeur' });
    const list = await app.invoke('conventions.list', { limit: 1 });
    expect(list.ok && list.value.total).toBe(40);
    app.close();
  });

  it('sees the demo dashboard from its reference date', async () => {
    const { app } = services();
    await app.invoke('workspace.openDemo', { role: 'agence' });
    const reply = await app.invoke('dashboard.summary', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const summary = reply.value;
    expect(summary.today).toBe('2009-06-15');
    const total = Object.values(summary.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(300);
    expect(summary.endingWithin60Days).toBeGreaterThanOrEqual(summary.endingWithin30Days);
    expect(summary.activeByMonth).toHaveLength(12);
    expect(summary.activeByMonth.at(-1)!.month).toBe('2009-06');
    const db = app.workspaces.current();
    const running = db
      .prepare("SELECT count(*) FROM conventions WHERE status IN ('signee','en_cours') AND ends_on BETWEEN '2009-06-15' AND '2009-07-15'")
      .pluck()
      .get();
    expect(summary.endingWithin30Days).toBe(running);
    app.close();
  });
});
