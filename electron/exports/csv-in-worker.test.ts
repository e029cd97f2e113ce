import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';
import { AppError } from '../../shared/api/result';
import { openDatabase } from '../db/connection';
import { bulkInsertConventions } from '../db/repositories/conventions/bulk';
import { listConventions } from '../db/repositories/conventions/list';
import { exportCsvInWorker } from './csv-in-worker';
import { EXPORT_SLICE, listCsv } from './index';

const tempDir = useTempDir();

/** The export in a worker: its bytes put together, and what happened meanwhile in this thread. */
async function inWorker(file: string, passphrase?: string, filters?: { department: string }) {
  const chunks: Uint8Array[] = [];
  const happened: string[] = [];
  const rows = await exportCsvInWorker(
    { file, open: { passphrase }, request: { list: 'conventions', ...(filters ? { filters } : {}) }, seenFrom: '2009-06-15' },
    (bytes) => chunks.push(bytes),
    (done, total) => happened.push(`progress ${done}/${total}`),
  );
  return { rows, bytes: Buffer.concat(chunks), happened };
}

describe('the conventions export in a worker thread (issue #16)', () => {
  it('writes the same bytes as the export in this thread, telling its progress, while this thread answers other requests', async () => {
    const file = path.join(tempDir(), 'worker.sqlite');
    const db = openDatabase(file);
    bulkInsertConventions(db, { conventions: 20_000, employers: 40 });
    const whole = listCsv(db, { list: 'conventions' }, '2009-06-15');

    const exporting = inWorker(file);
    // Another request, asked once the export has started: answered while the worker exports.
    const answered: string[] = [];
    setImmediate(() => answered.push(`list ${listConventions(db, { limit: 10, offset: 0 }).total}`));
    const { rows, bytes, happened } = await exporting;

    expect(rows).toBe(20_000);
    expect(bytes.equals(whole.bytes)).toBe(true);
    expect(happened).toHaveLength(20_000 / EXPORT_SLICE);
    expect(happened[0]).toBe(`progress ${EXPORT_SLICE}/20000`);
    expect(happened.at(-1)).toBe('progress 20000/20000');
    expect(answered).toEqual(['list 20000']);
    db.close();
  }, 60_000);

  it('exports the rows the filters keep, in the list order', async () => {
    const file = path.join(tempDir(), 'filtered.sqlite');
    const db = openDatabase(file);
    bulkInsertConventions(db, { conventions: 3_000, employers: 20 });
    const department = listConventions(db, { limit: 1, offset: 0 }).items[0]!.department;
    const { bytes, rows } = await inWorker(file, undefined, { department });
    const inThread = listCsv(db, { list: 'conventions', filters: { department } }, '2009-06-15');
    expect(rows).toBe(inThread.rows);
    expect(rows).toBeLessThan(3_000);
    expect(bytes.equals(inThread.bytes)).toBe(true);
    db.close();
  }, 60_000);

  it('reads an encrypted workspace with its passphrase; a wrong one is refused in French, without the passphrase in the message', async () => {
    const file = path.join(tempDir(), 'encrypted.sqlite');
    const db = openDatabase(file, { passphrase: TEST_PASSPHRASE });
    bulkInsertConventions(db, { conventions: 50 });
    const { bytes } = await inWorker(file, TEST_PASSPHRASE);
    expect(bytes.equals(listCsv(db, { list: 'conventions' }, '2009-06-15').bytes)).toBe(true);

    const wrong = 'pas la bonne phrase secrète';
    const refused = await inWorker(file, wrong).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringContaining('phrase secrète incorrecte') });
    expect((refused as AppError).message).not.toContain(wrong);
    db.close();
  }, 60_000);

  it('tells in French that the workspace file cannot be read', async () => {
    const missing = path.join(tempDir(), 'absente.sqlite');
    const refused = await inWorker(missing).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'NOT_FOUND',
      message: `L'export CSV n'a pas pu ouvrir la base de données ${missing} : fichier absent ou illisible.`,
    });
    expect(fs.existsSync(missing)).toBe(false);
  }, 60_000);
});
