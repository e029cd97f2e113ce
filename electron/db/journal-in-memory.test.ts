import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, REQUIRED_PRAGMAS } from './connection';
import { writeWithJournalInMemory } from './journal-in-memory';

const tempDir = useTempDir();

describe('a file written whole, its journal in memory, before anyone opens it (issue #16)', () => {
  it('writes its pages straight into the file (no log beside it, its rollback journal in memory), then gives it back the app’s journal (WAL) and sync', () => {
    const file = path.join(tempDir(), 'whole.sqlite');
    const db = openDatabase(file);
    let during: { journal: unknown; synchronous: unknown; wal: boolean } | undefined;
    const result = writeWithJournalInMemory(db, file, () =>
      inTransaction(db, () => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('essai', json_quote('écrit'))").run();
        during = {
          journal: db.pragma('journal_mode', { simple: true }),
          synchronous: db.pragma('synchronous', { simple: true }),
          wal: fs.existsSync(`${file}-wal`),
        };
        return 'fait';
      }),
    );
    expect(result).toBe('fait');
    expect(during).toEqual({ journal: 'memory', synchronous: 0, wal: false });
    expect(db.pragma('journal_mode', { simple: true })).toBe(REQUIRED_PRAGMAS.journal_mode);
    expect(db.pragma('synchronous', { simple: true })).toBe(REQUIRED_PRAGMAS.synchronous);
    db.close();
    // The file itself says WAL (its header), and holds the row.
    const read = new Database(file, { readonly: true });
    expect(read.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(read.prepare("SELECT json_extract(value, '$') FROM settings WHERE key = 'essai'").pluck().get()).toBe('écrit');
    read.close();
  });

  it('rolls back a work that fails, and gives the connection back its journal (WAL) and sync', () => {
    const file = path.join(tempDir(), 'failed.sqlite');
    const db = openDatabase(file);
    expect(() =>
      writeWithJournalInMemory(db, file, () =>
        inTransaction(db, () => {
          db.prepare("INSERT INTO settings (key, value) VALUES ('essai', json_quote('écrit'))").run();
          throw new Error('arrêt au milieu');
        }),
      ),
    ).toThrow('arrêt au milieu');
    expect(db.prepare("SELECT count(*) FROM settings WHERE key = 'essai'").pluck().get()).toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(REQUIRED_PRAGMAS.synchronous);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses, in French, to change the journal inside a transaction, and changes nothing', () => {
    const file = path.join(tempDir(), 'open.sqlite');
    const db = openDatabase(file);
    inTransaction(db, () => {
      expect(() => writeWithJournalInMemory(db, file, () => 1)).toThrow(/en dehors d'une transaction/);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    });
    db.close();
  });
});
