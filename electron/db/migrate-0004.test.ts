import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

describe('0004-exchange-tracking, on a database at version 3 holding demo data', () => {
  it('adds the record and payload of each lot line and the answered lot, keeping the lots', () => {
    const file = path.join(tempDir(), 'v3-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 3);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const lines = db.prepare('SELECT lot_id, line_no, convention_id, record_kind, status FROM exchange_lot_lines ORDER BY 1, 2').all();
    expect(migrate(db, migrations, 4)).toEqual([4]);
    expect(db.prepare('SELECT lot_id, line_no, convention_id, record_kind, status FROM exchange_lot_lines ORDER BY 1, 2').all()).toEqual(lines);
    expect(db.prepare('SELECT count(*) FROM exchange_lot_lines WHERE record_ref IS NOT NULL OR payload_sha256 IS NOT NULL').pluck().get()).toBe(0);
    const tag = db.prepare('UPDATE exchange_lot_lines SET record_ref = ?, payload_sha256 = ? WHERE rowid = (SELECT min(rowid) FROM exchange_lot_lines)');
    expect(() => tag.run('convention:1', null)).toThrow(/CHECK/);
    expect(() => tag.run('version:1', 'abc')).toThrow(/CHECK/);
    tag.run('version:1', 'a'.repeat(64));
    expect(() => db.prepare('UPDATE exchange_lots SET answers_lot_id = 9999').run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});
