import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailedWriteChangesNothing, schemaRows } from '../../test/helpers/schema';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';
import { withIndexesBuiltAfter } from './indexes-built-after';
import { bulkInsertConventions } from './repositories/conventions/bulk';

const tempDir = useTempDir();

const conventionIndexes = (db: Db) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'conventions' AND sql IS NOT NULL").pluck().all();

describe('a bulk write with its indexes built after it (issue #16)', () => {
  it('writes without the tables’ own indexes, then builds them back as the migrations made them, matching every row', () => {
    const db = openDatabase(path.join(tempDir(), 'after.sqlite'));
    const before = schemaRows(db);
    expect(conventionIndexes(db).length).toBeGreaterThan(10);
    let during: unknown[] = [];
    const result = inTransaction(db, () =>
      withIndexesBuiltAfter(db, ['conventions'], () => {
        bulkInsertConventions(db, { conventions: 2_000, employers: 10 });
        during = conventionIndexes(db);
        return 'écrit';
      }),
    );
    expect(result).toBe('écrit');
    expect(during).toEqual([]);
    expect(schemaRows(db)).toEqual(before);
    // Every index holds exactly the rows of its table.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare("SELECT count(*) FROM conventions INDEXED BY conventions_by_start WHERE starts_on >= '0000'").pluck().get()).toBe(2_000);
    db.close();
  });

  it('changes nothing when the write fails: the rows and the indexes are as before', () => {
    const db = openDatabase(path.join(tempDir(), 'failed.sqlite'));
    expectFailedWriteChangesNothing(db, (work) => withIndexesBuiltAfter(db, ['conventions'], work));
    db.close();
  });

  it('refuses to run outside a transaction (the indexes would be missing until the end)', () => {
    const db = openDatabase(path.join(tempDir(), 'outside.sqlite'));
    const before = schemaRows(db);
    expect(() => withIndexesBuiltAfter(db, ['conventions'], () => 1)).toThrow(/intérieur d'une transaction/);
    expect(schemaRows(db)).toEqual(before);
    db.close();
  });
});
