import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { documentJson } from './repositories/versions/documents';

const tempDir = useTempDir();

type Row = Record<string, unknown>;

describe('0020-packed-documents, on a database at version 19 holding an agency demo', () => {
  it('packs every version document, keeps every other value, id and warning justification, and the JSON text comes back whole (issue #16)', () => {
    const file = path.join(tempDir(), 'v19-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 19);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(19);
    // A justified warning hangs on a version: the one table pointing at the versions.
    const versionId = db.prepare('SELECT max(id) FROM convention_versions').pluck().get() as number;
    db.prepare(
      "INSERT INTO warning_justifications (version_id, finding_code, text, justified_by, justified_at) VALUES (?, 'WEEKLY_HOURS_TOO_LOW', 'Difficultés de santé attestées : 18 h au début.', 'Agent ALE', '2009-01-05T10:00:00.000Z')",
    ).run(versionId);
    const before = db.prepare('SELECT * FROM convention_versions ORDER BY id').all() as Row[];
    const justifications = db.prepare('SELECT * FROM warning_justifications ORDER BY id').all();
    expect(before.length).toBeGreaterThan(40);
    const textBytes = before.reduce((n, v) => n + Buffer.byteLength(String(v.details)), 0);

    expect(migrate(db, loadMigrations(), 20)).toEqual([20]);
    const after = db.prepare('SELECT * FROM convention_versions ORDER BY id').all() as Row[];
    expect(after.map(({ document, ...v }) => ({ ...v, details: documentJson(db, document as Buffer) }))).toEqual(before);
    expect(db.prepare('SELECT * FROM warning_justifications ORDER BY id').all()).toEqual(justifications);
    // Packed: under a third of the JSON text.
    const packedBytes = after.reduce((n, v) => n + (v.document as Buffer).length, 0);
    expect(packedBytes).toBeLessThan(textBytes / 3);

    // The same indexes on the new table; a document must be packed bytes, never empty; the foreign keys hold.
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'convention_versions' AND sql IS NOT NULL ORDER BY name").pluck().all(),
    ).toEqual(['convention_versions_amounts', 'convention_versions_employer', 'convention_versions_renewals']);
    expect(() => db.prepare("UPDATE convention_versions SET document = x'' WHERE id = ?").run(versionId)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE convention_versions SET document = '{}' WHERE id = ?").run(versionId)).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => db.prepare('DELETE FROM convention_versions WHERE id = ?').run(versionId)).toThrow(/FOREIGN KEY constraint failed/);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
