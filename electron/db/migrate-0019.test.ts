import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { queryPlan } from '../../test/helpers/query-plans';
import { loadMigrations, migrate, schemaVersion } from './migrate';

const tempDir = useTempDir();

const AMOUNTS = 'SELECT convention_id, avenant_index, monthly_gross_cents, aid_rate_bp, total_aid_cents FROM convention_versions';

describe('0019-version-amounts, on a database at version 18 holding an agency demo', () => {
  it('keeps every version and reads the amounts of every version from the new index alone, not from the documents’ table (issue #16)', () => {
    const file = path.join(tempDir(), 'v18-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 18);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(18);
    const versions = db.prepare('SELECT * FROM convention_versions ORDER BY id').all();
    const amounts = db.prepare(`${AMOUNTS} ORDER BY convention_id, avenant_index`).all();
    expect(versions.length).toBeGreaterThan(40);
    expect(queryPlan(db, AMOUNTS).map((l) => l.detail)).toEqual(['SCAN convention_versions']);

    expect(migrate(db, loadMigrations(), 19)).toEqual([19]);
    expect(db.prepare('SELECT * FROM convention_versions ORDER BY id').all()).toEqual(versions);
    expect(queryPlan(db, `${AMOUNTS} INDEXED BY convention_versions_amounts`).map((l) => l.detail)).toEqual([
      'SCAN convention_versions USING COVERING INDEX convention_versions_amounts',
    ]);
    // In the index's order, by convention then avenant: the same figures.
    expect(db.prepare(`${AMOUNTS} INDEXED BY convention_versions_amounts`).all()).toEqual(amounts);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
