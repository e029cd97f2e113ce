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

  it('gives the conventions written so far their entries when the work asks (catchUp), each once, the same entries in the end', () => {
    const moved = (db: Db, id: number) => db.prepare('UPDATE conventions SET employer_id = 3 WHERE id = ?').run(id);
    const usual = openDatabase(path.join(tempDir(), 'usual.sqlite'));
    bulkInsertConventions(usual, { conventions: 1_500, employers: 8 });
    inTransaction(usual, () => [5, 700].forEach((id) => moved(usual, id)));
    const deferred = openDatabase(path.join(tempDir(), 'caught-up.sqlite'));
    const counts: number[] = [];
    const count = () => counts.push(deferred.prepare('SELECT count(*) FROM convention_search').pluck().get() as number);
    inTransaction(deferred, () =>
      withSearchBuiltAfter(deferred, (catchUp) => {
        bulkInsertConventions(deferred, { conventions: 1_500, employers: 8 });
        // An update's trigger makes the entry of convention 5 before its catch-up: caught up, it is not doubled.
        moved(deferred, 5);
        count();
        catchUp();
        count();
        // Caught up, then moved: its entry follows it (the update's trigger stays).
        moved(deferred, 700);
        catchUp();
        count();
      }),
    );
    expect(counts).toEqual([1, 1_500, 1_500]);
    expect(searchIndexWords(deferred)).toEqual(searchIndexWords(usual));
    // The index's totals (rows, words: its ranking) count each convention once.
    const totals = (db: Db) => db.prepare('SELECT hex(block) FROM convention_search_data WHERE id = 1').pluck().get();
    expect(totals(deferred)).toEqual(totals(usual));
    expect(found(deferred, 'Employeur 3')).toEqual(found(usual, 'Employeur 3'));
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
