import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { storedBytes } from '../../test/helpers/schema';
import { inTransaction, openDatabase } from './connection';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { nirDigest } from './nir-digest';
import { listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

describe('0026-nir-digest-bytes, on a database at version 25 holding an agency demo', () => {
  it('keeps each NIR hash as its 16 bytes, the same hash, in a smaller index; a NIR typed in the search still finds its conventions (issue #16)', () => {
    const file = path.join(tempDir(), 'v25.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 120, seed: 3 }, 25);
    fs.copyFileSync(file, path.join(tempDir(), 'kept.sqlite'));
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const before = db.prepare('SELECT id, nir, nir_digest FROM employees ORDER BY id').all() as { id: number; nir: string | null; nir_digest: string | null }[];
    expect(before.filter((e) => e.nir !== null).every((e) => /^[0-9a-f]{32}$/.test(e.nir_digest!))).toBe(true);
    // A hash SQLite cannot read as hexadecimal is left to be computed again.
    const spoilt = before.find((e) => e.nir !== null)!;
    db.prepare("UPDATE employees SET nir_digest = 'zz' || substr(nir_digest, 3) WHERE id = ?").run(spoilt.id);

    expect(migrate(db, loadMigrations(), 26)).toEqual([26]);
    expect(schemaVersion(db)).toBe(26);
    const after = db.prepare('SELECT id, nir, nir_digest FROM employees ORDER BY id').all() as { id: number; nir: string | null; nir_digest: Buffer | null }[];
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    for (const [i, e] of after.entries()) {
      if (e.id === spoilt.id) expect(e.nir_digest).toBeNull();
      else expect(e.nir_digest === null ? null : e.nir_digest.toString('hex')).toBe(before[i]!.nir_digest);
    }
    const kept = new Database(path.join(tempDir(), 'kept.sqlite'), { readonly: true });
    expect(storedBytes(db, 'employees_nir_digest')).toBeLessThan(storedBytes(kept, 'employees_nir_digest'));
    kept.close();
    db.close();

    // Opened by the app: the spoilt hash computed again at the first write, every hash the app's own, a NIR found by it.
    const app = openDatabase(file);
    inTransaction(app, () => undefined);
    const hashes = app.prepare('SELECT nir, nir_digest FROM employees WHERE nir IS NOT NULL').all() as { nir: string; nir_digest: Buffer }[];
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(h.nir_digest).toEqual(nirDigest(app, h.nir));
    const someone = app.prepare('SELECT c.id, ee.nir FROM conventions c JOIN employees ee ON ee.id = c.employee_id WHERE ee.id = ?').get(spoilt.id) as {
      id: number;
      nir: string;
    };
    expect(listConventions(app, { limit: 50, offset: 0, search: someone.nir }).items.map((c) => c.id)).toContain(someone.id);
    // A changed NIR loses its hash (the trigger, recreated), then gets the new one.
    inTransaction(app, () => app.prepare("UPDATE employees SET nir = '175016912345678' WHERE id = ?").run(spoilt.id));
    expect(app.prepare('SELECT nir_digest FROM employees WHERE id = ?').pluck().get(spoilt.id)).toEqual(nirDigest(app, '175016912345678'));
    app.close();
  });
});
