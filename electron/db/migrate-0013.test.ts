import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { openDatabase } from './connection';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { nirDigest } from './nir-digest';
import { listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

/** Whether any block of the full-text index holds `text` (FTS5 keeps its terms in clear in convention_search_data). */
const indexHolds = (db: Database.Database, text: string) =>
  (db.prepare('SELECT block FROM convention_search_data').pluck().all() as Buffer[]).some((block) => block.includes(Buffer.from(text)));

describe('0013-search-without-nir, on a database at version 12 holding an agency demo', () => {
  it('takes the NIRs out of the search index, finds a NIR by its keyed hash instead, and keeps the data (issue #15)', () => {
    const file = path.join(tempDir(), 'v12-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 6, seed: 5 }, 12);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(12);
    const nirs = db.prepare('SELECT nir FROM employees WHERE nir IS NOT NULL ORDER BY id').pluck().all() as string[];
    expect(nirs.length).toBeGreaterThan(0);
    expect(nirs.some((nir) => indexHolds(db, nir))).toBe(true);
    const tables = ['workspace', 'conventions', 'convention_versions', 'audit_log'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();
    const names = db
      .prepare("SELECT id FROM conventions c WHERE c.id IN (SELECT rowid FROM convention_search WHERE convention_search MATCH 'a*')")
      .pluck()
      .all();

    expect(migrate(db, loadMigrations(), 13)).toEqual([13]);
    expect(dump()).toEqual(before);
    expect(nirs.filter((nir) => indexHolds(db, nir))).toEqual([]);
    // Names, numbers and SIRETs are still searched as before.
    expect(
      db.prepare("SELECT id FROM conventions c WHERE c.id IN (SELECT rowid FROM convention_search WHERE convention_search MATCH 'a*')").pluck().all(),
    ).toEqual(names);
    const key = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'search.nirKey'").pluck().get() as string) as string;
    expect(key).toMatch(/^[0-9A-F]{64}$/);
    const digests = db.prepare('SELECT nir, nir_digest AS digest FROM employees WHERE nir IS NOT NULL').all() as { nir: string; digest: string }[];
    // In hexadecimal, as the column kept them until 0026.
    expect(digests.every((d) => d.digest === nirDigest(db, d.nir).toString('hex') && !d.digest.includes(d.nir.slice(0, 13)))).toBe(true);
    const someone = db.prepare('SELECT c.id, ee.nir FROM conventions c JOIN employees ee ON ee.id = c.employee_id LIMIT 1').get() as {
      id: number;
      nir: string;
    };
    // The list of today's code reads the schema of every migration (0014 added its sort indexes).
    migrate(db, loadMigrations());
    expect(listConventions(db, { limit: 50, offset: 0, search: someone.nir }).items.map((c) => c.id)).toContain(someone.id);
    db.close();
  });

  it('gives every workspace its own random key: the same NIR hashes differently elsewhere', () => {
    const [a, b] = ['a', 'b'].map((n) => openDatabase(path.join(tempDir(), `${n}.sqlite`)));
    expect(nirDigest(a!, '2750369123456')).toHaveLength(16);
    expect(nirDigest(a!, '2750369123456')).not.toEqual(nirDigest(b!, '2750369123456'));
    a!.close();
    b!.close();
  });
});
