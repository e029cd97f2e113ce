/**
 * Encryption at rest (issue #15 §1): a new workspace is encrypted with its
 * passphrase (SQLCipher scheme through SQLite3MultipleCiphers), and no file
 * the app keeps in the data folder holds a NIR or an IBAN in clear — the
 * database and its write-ahead log, the backups, the quarantine. Only the
 * lots written for the payment organisation (`envois/`) carry what their
 * recipient needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/api/app-services';
import { mainDatabasePath } from '../../electron/app/data-dir';
import { fileEncryption } from '../../electron/db/encryption';
import { openDatabase } from '../../electron/db/connection';
import { OUTBOX_FOLDER } from '../../electron/sync/files';
import { agency, exampleCae, runningCae } from '../helpers/conventions';
import { TEST_PASSPHRASE } from '../helpers/passphrase';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const NIR = exampleCae().employee!.nir!;
const IBAN = exampleCae().employer!.iban!;

/** Every file under `dir`, with the byte strings it holds in clear among `secrets` (also in UTF-16, as SQLite may store text). */
function filesHolding(dir: string, secrets: string[]): { file: string; secret: string }[] {
  const found: { file: string; secret: string }[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = fs.readFileSync(file);
    for (const secret of secrets) {
      if (bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'))) found.push({ file: path.relative(dir, file), secret });
    }
  }
  return found;
}

const refusedFile = (nir: string, iban: string) => Buffer.from(JSON.stringify({ format: 'inconnu', lignes: [{ nir, iban }] })).toString('base64');

describe('encryption at rest (issue #15 §1)', () => {
  it('no file of the data folder holds a known NIR or IBAN in clear: database, WAL, backups, quarantine (the lots for the payment organisation excepted)', async () => {
    const dir = tempDir();
    const a = await agency(dir);
    await runningCae(a);
    const exported = await a.ok('exchanges.export', {});
    await a.ok('backups.create', {});
    const refused = await a.ok('exchanges.import', { fileName: 'RETOUR_douteux.json', base64: refusedFile(NIR, IBAN), dryRun: false });
    expect(refused.kind).toBe('refused');
    expect(fs.readdirSync(path.join(dir, 'quarantaine')).every((name) => name.endsWith('.chiffre'))).toBe(true);

    // While the app runs (the write-ahead log holds the last pages), then once it is closed.
    const outsideLots = () => filesHolding(dir, [NIR, IBAN]).filter((f) => !f.file.startsWith(`${OUTBOX_FOLDER}${path.sep}`));
    expect(fs.existsSync(`${mainDatabasePath(dir)}-wal`)).toBe(true);
    expect(outsideLots()).toEqual([]);
    a.app.close();
    expect(outsideLots()).toEqual([]);
    // The search can fail only if the secrets were there to find: the lot sent to the payment organisation carries the NIR in clear.
    expect(filesHolding(path.join(dir, OUTBOX_FOLDER), [NIR]).map((f) => f.file)).toEqual(exported.lots.map((l) => l.fileName));
    expect(fileEncryption(mainDatabasePath(dir))).toBe('encrypted');
  });

  it('a restart is locked until the passphrase is given; a wrong one is refused in French and changes nothing; the unlock is logged', async () => {
    const dir = tempDir();
    const a = await agency(dir);
    await runningCae(a);
    a.app.close();
    const before = fs.readFileSync(mainDatabasePath(dir));

    const app = createAppServices({ dataDir: dir, mode: 'browser', now: () => '2008-06-10T10:00:00.000Z', today: () => '2008-06-10' });
    expect(await app.invoke('workspace.get', {})).toEqual({ ok: true, value: { active: 'main', workspace: null, encrypted: true, locked: true } });
    expect(await app.invoke('conventions.list', {})).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED', message: expect.stringMatching(/chiffré.*phrase secrète/) },
    });
    expect(await app.invoke('workspace.unlock', { passphrase: 'pas la bonne phrase' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/^Phrase secrète incorrecte/) },
    });
    expect(fs.readFileSync(mainDatabasePath(dir)).equals(before)).toBe(true);

    const opened = await app.invoke('workspace.unlock', { passphrase: TEST_PASSPHRASE });
    expect(opened).toMatchObject({ ok: true, value: { encrypted: true, locked: false, workspace: { name: 'ALE de Lyon Part-Dieu' } } });
    expect(await app.invoke('conventions.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    const actions = app.workspaces.current().prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').pluck().all();
    expect(actions).toEqual(['workspace.unlock']);
    app.close();
  });

  it('a backup opens with the passphrase alone, on another computer: restored, and refused without it', async () => {
    const dir = tempDir();
    const a = await agency(dir);
    await runningCae(a);
    const backup = await a.ok('backups.create', {});
    a.app.close();
    const file = path.join(dir, 'sauvegardes', backup.name);
    expect(fileEncryption(file)).toBe('encrypted');

    const elsewhere = path.join(tempDir(), 'autre-poste.sqlite');
    fs.copyFileSync(file, elsewhere);
    expect(() => openDatabase(elsewhere)).toThrow(/est chiffrée : donnez sa phrase secrète/);
    const db = openDatabase(elsewhere, { passphrase: TEST_PASSPHRASE });
    expect(db.prepare('SELECT nir FROM employees').pluck().all()).toEqual([NIR]);
    db.close();
  });

  it('a clear backup restored into an encrypted workspace is encrypted on the way in', async () => {
    const dir = tempDir();
    const a = await agency(dir);
    const clear = path.join(tempDir(), 'ancienne.sqlite');
    const old = openDatabase(clear);
    old.prepare("INSERT INTO workspace (id, role, name, is_demo, created_at) VALUES (1, 'agence', 'ALE d’avant', 0, '2008-01-01T00:00:00.000Z')").run();
    old.close();
    fs.mkdirSync(path.join(dir, 'sauvegardes'), { recursive: true });
    fs.copyFileSync(clear, path.join(dir, 'sauvegardes', 'cae-2008-01-01-000000-manuelle.sqlite'));
    const restored = await a.call('backups.restore', { name: 'cae-2008-01-01-000000-manuelle.sqlite' });
    expect(restored.ok).toBe(true);
    expect(fileEncryption(mainDatabasePath(dir))).toBe('encrypted');
    expect((await a.ok('workspace.get', {})).workspace?.name).toBe('ALE d’avant');
    a.app.close();
  });
});
