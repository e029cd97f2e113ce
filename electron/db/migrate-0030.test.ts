import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { openDatabase } from './connection';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { versionsOf } from './repositories/exchanges/package-read';

const tempDir = useTempDir();
const COLUMNS = "SELECT name FROM pragma_table_info('convention_versions')";

describe('0030-version-contract-in-document, on a database at version 29 holding a demo', () => {
  it('drops the hiring date, ROME code and job title columns of the versions; a convention package reads the same values from each document (issue #16)', () => {
    const file = path.join(tempDir(), 'v29.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 6 }, 29);
    const db = openDatabase(file, { migrations: loadMigrations().slice(0, 29) });
    const held = db
      .prepare(
        'SELECT id, convention_id AS conventionId, hired_on AS hiredOn, rome_code AS romeCode, job_title AS jobTitle FROM convention_versions ORDER BY id',
      )
      .all() as { id: number; conventionId: number; hiredOn: string | null; romeCode: string | null; jobTitle: string | null }[];
    expect(held.length).toBeGreaterThan(40);
    expect(held.filter((v) => v.hiredOn !== null && v.romeCode !== null && v.jobTitle !== null).length).toBeGreaterThan(40);
    const others = db
      .prepare('SELECT id, kind, filed_on, signed_on, starts_on, ends_on, contract_type, monthly_gross_cents, document FROM convention_versions ORDER BY id')
      .all();

    expect(migrate(db, loadMigrations(), 30)).toEqual([30]);
    expect(schemaVersion(db)).toBe(30);
    expect((db.prepare(COLUMNS).pluck().all() as string[]).filter((c) => ['hired_on', 'rome_code', 'job_title'].includes(c))).toEqual([]);
    expect(
      db
        .prepare('SELECT id, kind, filed_on, signed_on, starts_on, ends_on, contract_type, monthly_gross_cents, document FROM convention_versions ORDER BY id')
        .all(),
    ).toEqual(others);
    const read = [...new Set(held.map((v) => v.conventionId))]
      .flatMap((id) => versionsOf(db, id))
      .map((v) => ({ id: v.id, hiredOn: v.hiredOn, romeCode: v.romeCode, jobTitle: v.jobTitle }));
    expect(read.sort((a, b) => a.id - b.id)).toEqual(held.map(({ conventionId: _c, ...v }) => v));
    db.close();
  });
});
