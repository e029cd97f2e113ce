import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

describe('0007-employer-profile, on a database at version 6 holding an employer demo', () => {
  it('adds the one-row employer profile, keeping the data; the collector needs its name when AUTRE', () => {
    const file = path.join(tempDir(), 'v6-employer.sqlite');
    generateDemoAtVersion({ file, role: 'employeur', conventions: 8, seed: 7 }, 6);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(6);
    const tables = ['workspace', 'employers', 'employees', 'conventions', 'convention_versions', 'contract_events'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();

    expect(migrate(db, migrations, 7)).toEqual([7]);
    expect(dump()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM employer_profile').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'employer_profile' AND sql LIKE '%STRICT'").pluck().get()).toBe(1);

    const put = db.prepare(
      `INSERT INTO employer_profile (id, name, status, collector, collector_name, iban, signatory_name, signatory_quality, updated_at)
       VALUES (@id, 'Association Les Jardins du Rhône', 'ASSOCIATION', @collector, @collectorName, @iban, 'Jeanne ROUX', 'Présidente', 'x')`,
    );
    const ok = { id: 1, collector: 'URSSAF', collectorName: null, iban: 'FR7630006000011234567890189' };
    expect(() => put.run({ ...ok, collector: 'AUTRE' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, collectorName: 'Caisse des marins' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, iban: 'FR76 3000 6000 0112 3456 7890 189' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, collector: 'CAISSE' })).toThrow(/CHECK/);
    put.run({ ...ok, collector: 'AUTRE', collectorName: 'Caisse des marins' });
    expect(() => put.run({ ...ok, id: 2 })).toThrow(/CHECK/);
    expect(() => put.run(ok)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("UPDATE employer_profile SET signatory_name = '  '").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT collector, collector_name FROM employer_profile').get()).toEqual({ collector: 'AUTRE', collector_name: 'Caisse des marins' });
    db.close();
  });
});
