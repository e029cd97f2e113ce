import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { inTransaction, openDatabase } from './connection';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { documentJson } from './repositories/versions/documents';
import { documentPartId } from './repositories/versions/packing';
import { setVersionDocument } from './repositories/versions/writes';

const tempDir = useTempDir();

describe('0029-document-parts, on a database at version 28 holding a demo', () => {
  it('makes the table of employer blocks; the documents stored before stay whole and readable, the next writes store their block apart (issue #16)', () => {
    const file = path.join(tempDir(), 'v28.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 4 }, 28);
    const db = openDatabase(file, { migrations: loadMigrations().slice(0, 28) });
    const read = () =>
      (db.prepare('SELECT id, document FROM convention_versions ORDER BY id').all() as { id: number; document: Buffer }[]).map((v) => ({
        ...v,
        text: documentJson(db, v.document),
      }));
    const before = read();
    expect(before.length).toBeGreaterThan(40);
    expect(before.every((v) => documentPartId(v.document) === null)).toBe(true);

    expect(migrate(db, loadMigrations(), 29)).toEqual([29]);
    expect(schemaVersion(db)).toBe(29);
    expect(db.prepare('SELECT count(*) FROM document_parts').pluck().get()).toBe(0);
    expect(read()).toEqual(before);

    const [first] = before;
    inTransaction(db, () => setVersionDocument(db, first!.id, JSON.parse(first!.text) as Record<string, unknown>));
    const after = read();
    expect(documentPartId(after[0]!.document)).toBe(1);
    expect(after.map((v) => v.text)).toEqual(before.map((v) => v.text));
    expect(db.prepare('SELECT count(*) FROM document_parts').pluck().get()).toBe(1);
    db.close();
  });
});
