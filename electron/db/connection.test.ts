import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { useTempDir } from '../../test/helpers/temp-dir';
import { assertPragmas, inOpenTransaction, inTransaction, openDatabase, REQUIRED_PRAGMAS } from './connection';
import { loadMigrations, schemaVersion } from './migrate';

const tempDir = useTempDir();

describe('database connection', () => {
  it('sets WAL, synchronous=FULL, foreign_keys, busy_timeout and trusted_schema=OFF, and reads them back', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(() => assertPragmas(db)).not.toThrow();
    db.pragma('foreign_keys = OFF');
    expect(() => assertPragmas(db)).toThrow(/foreign_keys/);
    db.close();
    expect(REQUIRED_PRAGMAS.synchronous).toBe(2);
  });

  it('migrates a new database to the latest schema', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    expect(schemaVersion(db)).toBe(loadMigrations().length);
    // Every ordinary table is STRICT; the full-text index (virtual table and its shadow tables) is SQLite's own.
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'").all();
    expect(strict).toEqual([]);
    db.close();
  });

  it('refuses a database from a newer version of the app, in French, without modifying it', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma(`user_version = ${loadMigrations().length + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(/version plus récente.*n'a pas été modifiée/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, with a pointer to restore, without modifying it', () => {
    const file = path.join(tempDir(), 'garbage.sqlite');
    fs.writeFileSync(file, 'ceci n’est pas une base SQLite '.repeat(200));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/endommagée.*Restaurez la dernière sauvegarde/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged database found by quick_check', () => {
    const file = path.join(tempDir(), 'damaged.sqlite');
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO employers (siret, name, status, collector, created_ms, updated_ms) VALUES (?, ?, 'ASSOCIATION', 'URSSAF', 1, 1)");
    inTransaction(db, () => {
      for (let i = 0; i < 2000; i++) insert.run(String(10000000000000 + i), `Association ${i} ${'x'.repeat(100)}`);
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    // Overwrite a page in the middle of the file: the b-tree no longer holds together.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xff, pageSize * 5, pageSize * 7);
    fs.writeFileSync(file, bytes);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect((error as AppError).code).toBe('DB_CORRUPT');
    expect((error as AppError).message).toMatch(/Restaurez/);
  });

  it('rolls a failed transaction back entirely', () => {
    const db = openDatabase(path.join(tempDir(), 'tx.sqlite'));
    const insert = db.prepare("INSERT INTO employers (siret, name, status, collector, created_ms, updated_ms) VALUES (?, 'A', 'ASSOCIATION', 'URSSAF', 1, 1)");
    expect(() =>
      inTransaction(db, () => {
        insert.run('11111111111111');
        insert.run('11111111111111'); // UNIQUE siret
      }),
    ).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) FROM employers').pluck().get()).toBe(0);
    db.close();
  });

  it('runs work inside the transaction already open without a savepoint (its writes are the outer one’s), and opens one otherwise', () => {
    const db = openDatabase(path.join(tempDir(), 'open.sqlite'));
    db.exec('CREATE TABLE t (x INTEGER) STRICT');
    const count = () => db.prepare('SELECT count(*) FROM t').pluck().get();
    const insertThenFail = (x: number) =>
      inOpenTransaction(db, () => {
        db.prepare('INSERT INTO t VALUES (?)').run(x);
        throw new Error('échec');
      });
    inTransaction(db, () => {
      db.prepare('INSERT INTO t VALUES (1)').run();
      // A savepoint would undo the inner insert on its failure; without one, it stays for the outer transaction to commit or undo.
      expect(() => insertThenFail(2)).toThrow('échec');
      expect(count()).toBe(2);
    });
    expect(count()).toBe(2);
    // With no transaction open, a transaction of its own: a failure leaves nothing.
    expect(() => insertThenFail(3)).toThrow('échec');
    expect(count()).toBe(2);
    db.close();
  });
});
