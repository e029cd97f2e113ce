import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';

const tempDir = useTempDir();

describe('0012-accounts, on a database at version 11 holding an agency demo', () => {
  it('adds the accounts table, empty (accounts stay off), with its checks, keeping the data', () => {
    const file = path.join(tempDir(), 'v11-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 6, seed: 5 }, 11);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(11);
    const tables = ['workspace', 'settings', 'conventions', 'convention_versions', 'audit_log'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();

    expect(migrate(db, loadMigrations(), 12)).toEqual([12]);
    expect(dump()).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'accounts' AND sql LIKE '%STRICT'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);

    const put = db.prepare(
      `INSERT INTO accounts (login, display_name, role, password_hash, created_at, password_changed_at)
       VALUES (@login, @name, @role, @hash, '2009-06-15T10:00:00Z', '2009-06-15T10:00:00Z')`,
    );
    const ok = { login: 'jroux', name: 'Jeanne ROUX', role: 'administrateur', hash: 'scrypt$16384$8$1$00ff$abcd' };
    expect(() => put.run({ ...ok, login: 'J Roux' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, role: 'chef' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, hash: 'motdepasseenclair' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, name: ' ' })).toThrow(/CHECK/);
    put.run(ok);
    expect(() => put.run(ok)).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT login, role, failed_attempts, locked_until FROM accounts').all()).toEqual([
      { login: 'jroux', role: 'administrateur', failed_attempts: 0, locked_until: null },
    ]);
    db.close();
  });
});
