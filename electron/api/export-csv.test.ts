import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { callsOf } from '../../test/helpers/app-calls';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';
import { useTempDir } from '../../test/helpers/temp-dir';
import { bulkInsertConventions } from '../db/repositories/conventions/bulk';
import { listCsv } from '../exports/index';
import { createAppServices } from './app-services';

const tempDir = useTempDir();

describe('exports.csv in the app (issue #16)', () => {
  it('exports the encrypted workspace in a worker, the progress pushed as task.progress, the bytes those of the export in this thread', async () => {
    const app = createAppServices({ dataDir: tempDir(), mode: 'browser', today: () => '2026-12-05', log: () => undefined });
    const { ok } = callsOf(app);
    await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012' });
    const db = app.workspaces.current();
    bulkInsertConventions(db, { conventions: 2_500, employers: 10 });
    const progress: unknown[] = [];
    app.subscribe((event, payload) => {
      if (event === 'task.progress') progress.push(payload);
    });

    const { fileName, base64 } = await ok('exports.csv', { list: 'conventions' });

    expect(fileName).toBe('conventions-2026-12-05.csv');
    expect(Buffer.from(base64, 'base64').equals(listCsv(db, { list: 'conventions' }, '2026-12-05').bytes)).toBe(true);
    expect(progress.at(-1)).toEqual({ task: 'export', done: 2_500, total: 2_500 });
    app.close();
  }, 60_000);

  it('streams the same bytes to a sink, its name told first; a sink that breaks ends the export as a refusal, nothing thrown out of the worker', async () => {
    const logged: unknown[] = [];
    const app = createAppServices({ dataDir: tempDir(), mode: 'browser', today: () => '2026-12-05', log: (e) => logged.push(e) });
    await callsOf(app).ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012' });
    const db = app.workspaces.current();
    bulkInsertConventions(db, { conventions: 1_200, employers: 10 });
    const told: string[] = [];
    const chunks: Uint8Array[] = [];
    const streamed = await app.stream(
      'exports.csv',
      { list: 'conventions' },
      {
        start: ({ fileName, contentType }) => told.push(`${fileName} ${contentType}`),
        write: (bytes) => void chunks.push(bytes),
      },
    );
    expect(streamed).toEqual({ ok: true, value: null });
    expect(told).toEqual(['conventions-2026-12-05.csv text/csv; charset=utf-8']);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(listCsv(db, { list: 'conventions' }, '2026-12-05').bytes)).toBe(true);

    let writes = 0;
    const broken = await app.stream(
      'exports.csv',
      { list: 'conventions' },
      {
        start: () => undefined,
        write: () => {
          writes++;
          throw new Error('connexion fermée');
        },
      },
    );
    expect(broken).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(writes).toBe(1);
    expect(logged).toEqual([new Error('connexion fermée')]);
    app.close();
  }, 60_000);

  it('exports.csvToFile (desktop window): writes the file where the box chose, as the worker makes it; cancelled, nothing; in a browser, refused', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'sorties');
    fs.mkdirSync(out);
    const answers: (string | null)[] = [path.join(out, 'mes-conventions.csv'), null, path.join(dir, 'absent', 'x.csv')];
    const asked: string[] = [];
    const chooseSaveFile = (name: string) => {
      asked.push(name);
      return Promise.resolve(answers.shift() ?? null);
    };
    const app = createAppServices({ dataDir: dir, mode: 'desktop', today: () => '2026-12-05', log: () => undefined, chooseSaveFile });
    const { ok, call } = callsOf(app);
    await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012' });
    const db = app.workspaces.current();
    bulkInsertConventions(db, { conventions: 1_200, employers: 10 });

    expect(await ok('exports.csvToFile', { list: 'conventions' })).toEqual({ saved: true, fileName: 'mes-conventions.csv', rows: 1_200 });
    expect(asked).toEqual(['conventions-2026-12-05.csv']);
    expect(fs.readFileSync(path.join(out, 'mes-conventions.csv')).equals(listCsv(db, { list: 'conventions' }, '2026-12-05').bytes)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(out, 'mes-conventions.csv')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(out)).toEqual(['mes-conventions.csv']);

    expect(await ok('exports.csvToFile', { list: 'employers' })).toEqual({ saved: false, fileName: null, rows: 0 });
    expect(asked.at(-1)).toBe('employeurs-2026-12-05.csv');
    expect(await call('exports.csvToFile', { list: 'conventions' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Impossible d’écrire x.csv : le dossier n’existe pas. Rien n’a été enregistré ; choisissez un autre dossier.' },
    });
    expect(fs.existsSync(path.join(dir, 'absent'))).toBe(false);
    app.close();

    const browser = createAppServices({ dataDir: tempDir(), mode: 'browser', today: () => '2026-12-05', log: () => undefined });
    expect(await callsOf(browser).call('exports.csvToFile', { list: 'conventions' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    browser.close();
  }, 60_000);

  it('exports.csvToFile: a write that fails midway (a full disk) leaves neither the file nor its temporary one, and says why in French', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'conventions.csv');
    const app = createAppServices({
      dataDir: dir,
      mode: 'desktop',
      today: () => '2026-12-05',
      log: () => undefined,
      chooseSaveFile: () => Promise.resolve(target),
    });
    const { ok, call } = callsOf(app);
    await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012' });
    bulkInsertConventions(app.workspaces.current(), { conventions: 1_200, employers: 10 });
    const before = fs.readdirSync(dir);
    const writeSync = fs.writeSync;
    let writes = 0;
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return (writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    try {
      expect(await call('exports.csvToFile', { list: 'conventions' })).toEqual({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'Impossible d’écrire conventions.csv : le disque est plein. Rien n’a été enregistré ; choisissez un autre dossier.',
        },
      });
    } finally {
      spy.mockRestore();
    }
    expect(writes).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(before);
    app.close();
  }, 60_000);
});
