import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import type { AppError } from '../../shared/api/result';
import { closeCleanly } from './clean-close';
import { inTransaction, openDatabase } from './connection';

const tempDir = useTempDir();

afterEach(() => vi.restoreAllMocks());

function filled(file: string): Database.Database {
  const db = openDatabase(file);
  const insert = db.prepare("INSERT INTO employers (siret, name, status, collector, created_ms, updated_ms) VALUES (?, ?, 'ASSOCIATION', 'URSSAF', 1, 1)");
  inTransaction(db, () => {
    for (let i = 0; i < 2000; i++) insert.run(String(10000000000000 + i), `Association ${i} ${'x'.repeat(100)}`);
  });
  return db;
}

/** One of the file's table pages overwritten: what quick_check finds, not the opening. */
function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.fill(0xff, bytes.readUInt16BE(16) * 5, bytes.readUInt16BE(16) * 7);
  fs.writeFileSync(file, bytes);
}

const openError = (file: string) => {
  try {
    openDatabase(file).close();
    return null;
  } catch (e) {
    return (e as AppError).code;
  }
};

/** Whether opening `file` runs quick_check (the pragmas the connection runs, spied). */
function checksWhole(file: string): boolean {
  const pragma = vi.spyOn(Database.prototype, 'pragma');
  openDatabase(file).close();
  const checked = pragma.mock.calls.some(([source]) => String(source).startsWith('quick_check'));
  pragma.mockRestore();
  return checked;
}

describe('opening a database the app closed cleanly (issue #16: start time)', () => {
  it('skips the whole-file check once after a clean close, and checks whole when there was none (a crash)', () => {
    const file = path.join(tempDir(), 'stamped.sqlite');
    closeCleanly(filled(file));
    expect(fs.statSync(`${file}.ferme`).mode & 0o777).toBe(0o600);
    expect(checksWhole(file)).toBe(false);
    // That opening took the stamp, and a plain close (as a crash) left none: the next opening reads the file whole.
    expect(fs.existsSync(`${file}.ferme`)).toBe(false);
    expect(checksWhole(file)).toBe(true);
  });

  it('checks whole a file changed after its clean close, and finds the damage', () => {
    const file = path.join(tempDir(), 'changed.sqlite');
    const db = filled(file);
    db.pragma('journal_mode = DELETE');
    closeCleanly(db);
    damage(file);
    expect(openError(file)).toBe('DB_CORRUPT');
  });

  it('checks whole a file another connection wrote after the clean close', () => {
    const file = path.join(tempDir(), 'shared.sqlite');
    const first = filled(file);
    const second = new Database(file);
    closeCleanly(first);
    second.prepare("INSERT INTO settings (key, value) VALUES ('autre', '1')").run();
    second.close();
    expect(checksWhole(file)).toBe(true);
  });
});
