import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';

const tempDir = useTempDir();

describe('0010-obligation-marks, on a database at version 9 holding an employer demo', () => {
  it('adds the marks of obligations done by hand, with their checks, keeping the data', () => {
    const file = path.join(tempDir(), 'v9-employer.sqlite');
    generateDemoAtVersion({ file, role: 'employeur', conventions: 8, seed: 7 }, 9);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(9);
    const tables = ['workspace', 'employer_profile', 'conventions', 'convention_versions', 'activity_months', 'received_payments'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();

    expect(migrate(db, loadMigrations(), 10)).toEqual([10]);
    expect(dump()).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'obligation_marks' AND sql LIKE '%STRICT'").pluck().get()).toBe(1);

    const put = db.prepare('INSERT INTO obligation_marks (key, done_on, done_by, note, recorded_at) VALUES (@key, @doneOn, @doneBy, @note, @at)');
    const ok = { key: 'report:2008', doneOn: '2009-02-02', doneBy: 'Jeanne ROUX', note: '', at: '2009-02-02T10:00:00.000Z' };
    expect(() => put.run({ ...ok, doneOn: '02/02/2009' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, doneBy: '  ' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, key: '' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, note: 'x'.repeat(201) })).toThrow(/CHECK/);
    put.run(ok);
    expect(() => put.run(ok)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(db.prepare('SELECT key, done_on, done_by FROM obligation_marks').all()).toEqual([
      { key: 'report:2008', done_on: '2009-02-02', done_by: 'Jeanne ROUX' },
    ]);
    db.close();
  });
});
