import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { prepared, sqlByRowCount, valuesRows } from './statements';

describe('SQL texts written for a number of rows (issue #16)', () => {
  it('are built once per number of rows, the text the builder gives for those rows', () => {
    const built: number[] = [];
    const sql = sqlByRowCount(2, (values) => {
      built.push(values.length);
      return `INSERT INTO t (a, b) VALUES ${values}`;
    });
    expect(sql(1)).toBe('INSERT INTO t (a, b) VALUES (?, ?)');
    expect(sql(3)).toBe(`INSERT INTO t (a, b) VALUES ${valuesRows(3, 2)}`);
    expect(sql(1)).toBe('INSERT INTO t (a, b) VALUES (?, ?)');
    expect(sql(3)).toBe('INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)');
    expect(built).toEqual([valuesRows(1, 2).length, valuesRows(3, 2).length]);
  });

  it('run as the statements they name: one prepared statement per number of rows', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a, b)');
    const sql = sqlByRowCount(2, (values) => `INSERT INTO t (a, b) VALUES ${values}`);
    prepared(db, sql(2)).run(1, 'un', 2, 'deux');
    prepared(db, sql(1)).run(3, 'trois');
    expect(prepared(db, sql(2))).toBe(prepared(db, sql(2)));
    expect(db.prepare('SELECT a, b FROM t ORDER BY a').raw().all()).toEqual([
      [1, 'un'],
      [2, 'deux'],
      [3, 'trois'],
    ]);
    db.close();
  });
});
