import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRows } from '../../test/helpers/schema';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';
import { withSchemaObjectsDropped } from './schema-objects-dropped';

const tempDir = useTempDir();

const present = (db: Db, names: string[]) =>
  db.prepare('SELECT name FROM sqlite_schema WHERE name IN (SELECT value FROM json_each(?)) ORDER BY name').pluck().all(JSON.stringify(names));

describe('schema objects dropped during a bulk write (issue #16)', () => {
  it('are gone while the work runs and come back with the very SQL the schema had', () => {
    const db = openDatabase(path.join(tempDir(), 'dropped.sqlite'));
    const before = schemaRows(db);
    const triggers = ['aid_expected_by_month_insert', 'convention_search_insert'];
    const indexes = ['conventions_by_start', 'employees_name'];
    const seen: unknown[] = [];
    const result = inTransaction(db, () =>
      withSchemaObjectsDropped(db, 'trigger', triggers, () =>
        withSchemaObjectsDropped(db, 'index', indexes, () => {
          seen.push(present(db, [...triggers, ...indexes]));
          return 'fait';
        }),
      ),
    );
    expect(result).toBe('fait');
    expect(seen).toEqual([[]]);
    expect(schemaRows(db)).toEqual(before);
    db.close();
  });

  it('refuse, in French, a name the schema does not have (of that type), and drop nothing', () => {
    const db = openDatabase(path.join(tempDir(), 'missing.sqlite'));
    const before = schemaRows(db);
    expect(() => inTransaction(db, () => withSchemaObjectsDropped(db, 'trigger', ['convention_search_insert', 'conventions_by_start'], () => 0))).toThrow(
      'Déclencheur conventions_by_start absent du schéma.',
    );
    expect(() => inTransaction(db, () => withSchemaObjectsDropped(db, 'index', ['nulle_part'], () => 0))).toThrow('Index nulle_part absent du schéma.');
    expect(schemaRows(db)).toEqual(before);
    db.close();
  });

  it('come back with the rollback when the work fails', () => {
    const db = openDatabase(path.join(tempDir(), 'failed.sqlite'));
    const before = schemaRows(db);
    expect(() =>
      inTransaction(db, () =>
        withSchemaObjectsDropped(db, 'index', ['conventions_by_start'], () => {
          throw new Error('échec');
        }),
      ),
    ).toThrow('échec');
    expect(schemaRows(db)).toEqual(before);
    db.close();
  });
});
