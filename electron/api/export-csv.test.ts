import { describe, expect, it } from 'vitest';
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
});
