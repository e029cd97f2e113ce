/**
 * A write that meets another process's write waits for it (BEGIN IMMEDIATE
 * and busy_timeout) instead of failing at once with SQLITE_BUSY.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChildren } from '../../test/helpers/concurrency';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';

const tempDir = useTempDir('cae-busy-');
const child = useChildren();

/** Another process that has started a write transaction and written; it commits when its stdin closes. */
const otherWriter = (file: string) => child(['hold', file]);

function database(): Db {
  const db = openDatabase(path.join(tempDir(), 'cae.sqlite'));
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return db;
}

/** The shape of most service writes: read what is there, then write from it. */
const readThenWrite = (db: Db) => () => {
  const n = db.prepare('SELECT count(*) FROM notes').pluck().get() as number;
  db.prepare('INSERT INTO notes (text) VALUES (?)').run(`après ${n}`);
};

/** Resolves with the first line of `proc`'s output that matches. */
function lineOf(proc: { stdout: NodeJS.ReadableStream | null }, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    let seen = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line) resolve(line);
    });
  });
}

describe('concurrent writers wait (BEGIN IMMEDIATE with busy_timeout)', () => {
  it('reproduces the failure: a deferred transaction (the former inTransaction) that reads then writes while another process writes fails with SQLITE_BUSY', async () => {
    const db = database();
    await otherWriter(db.name);
    // Its snapshot is taken by the read; once the other commits, the upgrade to writer can only fail.
    expect(() => db.transaction(readThenWrite(db))()).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_BUSY/) }));
    db.close();
  });

  it('a write transaction started while another process writes waits for its commit, then succeeds', async () => {
    const db = database();
    db.close();
    const other = await otherWriter(db.name);
    const writer = await child(['write', db.name]);
    const started = lineOf(writer, /^début$/);
    const result = lineOf(writer, /^(fait|erreur)/);
    writer.stdin!.write('go\n');
    await started;
    // The other process commits only once ours has started its transaction: ours waits, then reads its row and writes.
    other.stdin!.end();
    expect(await result).toBe('fait ["autre processus","après 1"]');
  });

  it('past the busy timeout, the write is refused in French and nothing is written', async () => {
    const db = database();
    db.pragma('busy_timeout = 200');
    await otherWriter(db.name);
    expect(() => inTransaction(db, readThenWrite(db))).toThrow(/est occupée par un autre programme .* rien n’a été modifié/);
    // Neither ours nor (not committed yet) the other's.
    expect(db.prepare('SELECT text FROM notes ORDER BY id').pluck().all()).toEqual([]);
    db.close();
  });
});
