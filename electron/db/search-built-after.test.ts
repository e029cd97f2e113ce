import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailedWriteChangesNothing, schemaRows, searchIndexWords } from '../../test/helpers/schema';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';
import { withSearchBuiltAfter } from './search-built-after';
import { bulkInsertConventions } from './repositories/conventions/bulk';
import { listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

const conventionsIndexed = (db: Db) => new Set(searchIndexWords(db).map((word) => (word as unknown[])[1])).size;
const found = (db: Db, search: string) => listConventions(db, { search, limit: 5, offset: 0 });

describe('a bulk write of conventions with their search entries made at its end (issue #16)', () => {
  it('gives every convention the entry the insert trigger would have given it, the schema as before', () => {
    const usual = openDatabase(path.join(tempDir(), 'usual.sqlite'));
    bulkInsertConventions(usual, { conventions: 1_500, employers: 8 });
    const deferred = openDatabase(path.join(tempDir(), 'deferred.sqlite'));
    const before = schemaRows(deferred);
    let during = -1;
    inTransaction(deferred, () =>
      withSearchBuiltAfter(deferred, () => {
        bulkInsertConventions(deferred, { conventions: 1_500, employers: 8 });
        during = deferred.prepare('SELECT count(*) FROM convention_search').pluck().get() as number;
      }),
    );
    expect(during).toBe(0);
    expect(schemaRows(deferred)).toEqual(before);
    expect(searchIndexWords(deferred)).toEqual(searchIndexWords(usual));
    expect(conventionsIndexed(deferred)).toBe(1_500);
    for (const search of ['zéphyr', 'Employeur 3', 'martin mar']) expect(found(deferred, search)).toEqual(found(usual, search));
    expect(found(deferred, 'zéphyr').total).toBeGreaterThan(0);
    usual.close();
    deferred.close();
  });

  it('leaves the entries of the conventions already there as they were', () => {
    const db = openDatabase(path.join(tempDir(), 'kept.sqlite'));
    bulkInsertConventions(db, { conventions: 300, employers: 3 });
    const kept = searchIndexWords(db);
    inTransaction(db, () => withSearchBuiltAfter(db, () => undefined));
    expect(searchIndexWords(db)).toEqual(kept);
    db.close();
  });

  it('changes nothing when the write fails', () => {
    const db = openDatabase(path.join(tempDir(), 'failed.sqlite'));
    expectFailedWriteChangesNothing(db, (work) => withSearchBuiltAfter(db, work));
    db.close();
  });

  it('refuses to run outside a transaction', () => {
    const db = openDatabase(path.join(tempDir(), 'outside.sqlite'));
    expect(() => withSearchBuiltAfter(db, () => 1)).toThrow(/intérieur d'une transaction/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'convention_search_insert'").pluck().get()).toBe(1);
    db.close();
  });
});
