import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';
import { openDatabase, openReadConnection } from '../db/connection';
import { bulkInsertConventions } from '../db/repositories/conventions/bulk';
import { listConventions } from '../db/repositories/conventions/list';
import { exportCsvInSlices, listCsv } from './index';

const tempDir = useTempDir();

describe('the conventions export of the app, in slices (issue #16)', () => {
  it('writes the same file as the whole export, telling its progress, while other requests are answered', async () => {
    const file = path.join(tempDir(), 'slices.sqlite');
    const db = openDatabase(file);
    bulkInsertConventions(db, { conventions: 20_000, employers: 40 });
    const whole = listCsv(db, { list: 'conventions' }, '2009-06-15');
    const reader = openReadConnection(file);
    const happened: string[] = [];
    const exporting = exportCsvInSlices(reader, { list: 'conventions' }, { today: '2026-12-05', seenFrom: '2009-06-15' }, (done, total) =>
      happened.push(`progress ${done}/${total}`),
    );
    // Another request, asked once the export has started: answered before it ends.
    setImmediate(() => happened.push(`list ${listConventions(db, { limit: 10, offset: 0 }).total}`));
    const { fileName, base64 } = await exporting;
    reader.close();

    expect(fileName).toBe('conventions-2026-12-05.csv');
    expect(Buffer.from(base64, 'base64').equals(whole.bytes)).toBe(true);
    expect(happened.at(-1)).toBe('progress 20000/20000');
    expect(happened.filter((h) => h.startsWith('progress'))).toHaveLength(20);
    const answered = happened.indexOf('list 20000');
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(happened.length - 1);
    db.close();
  }, 60_000);

  it('reads an encrypted workspace with its passphrase on its own connection', async () => {
    const file = path.join(tempDir(), 'encrypted.sqlite');
    const db = openDatabase(file, { passphrase: TEST_PASSPHRASE });
    bulkInsertConventions(db, { conventions: 50 });
    const reader = openReadConnection(file, { passphrase: TEST_PASSPHRASE });
    const { base64 } = await exportCsvInSlices(reader, { list: 'conventions' }, { today: '2026-12-05', seenFrom: '2009-06-15' });
    reader.close();
    expect(Buffer.from(base64, 'base64').equals(listCsv(db, { list: 'conventions' }, '2009-06-15').bytes)).toBe(true);
    expect(() => openReadConnection(file).prepare('SELECT count(*) FROM conventions').get()).toThrow();
    db.close();
  });
});
