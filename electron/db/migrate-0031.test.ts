import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { openDatabase } from './connection';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { insertConvention } from './repositories/conventions/writes';

const tempDir = useTempDir();

describe('0031-sort-keys-at-insert, on a database at version 30 holding a demo', () => {
  it('gives a convention its sort keys without rewriting it when its INSERT wrote them, and still fills them for an INSERT that did not (issue #16)', () => {
    const file = path.join(tempDir(), 'v30.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 30, seed: 8 }, 30);
    const db = openDatabase(file, { migrations: loadMigrations().slice(0, 30) });
    const keys = () => db.prepare('SELECT id, employee_sort, employer_sort FROM conventions ORDER BY id').all();
    const before = keys();
    expect(migrate(db, loadMigrations(), 31)).toEqual([31]);
    expect(schemaVersion(db)).toBe(31);
    expect(keys()).toEqual(before);

    // Every rewrite of a sort key counted (a temporary trigger of this connection).
    db.exec(`CREATE TEMP TABLE rewrites (n INTEGER);
      CREATE TEMP TRIGGER count_rewrites AFTER UPDATE OF employee_sort, employer_sort ON main.conventions BEGIN INSERT INTO rewrites VALUES (1); END;`);
    const rewrites = () => db.prepare('SELECT count(*) FROM rewrites').pluck().get();
    const { employee_id: employeeId, employer_id: employerId } = db.prepare('SELECT employee_id, employer_id FROM conventions WHERE id = 1').get() as {
      employee_id: number;
      employer_id: number;
    };
    const expected = db
      .prepare(
        `SELECT ee.last_name || char(31) || ee.first_names AS employee_sort, er.name AS employer_sort
         FROM employees ee, employers er WHERE ee.id = ? AND er.id = ?`,
      )
      .get(employeeId, employerId);
    const row = { measure: 'CAE' as const, department: '69', prescriberCode: '69012', employerId, employeeId, status: 'brouillon' as const };
    const written = insertConvention(db, {
      ...row,
      number: '069-0906-69012-900001',
      orderNumber: 900001,
      startsOn: '2009-07-01',
      endsOn: null,
      at: '2009-06-15T09:00:00.000Z',
    });
    expect(db.prepare('SELECT employee_sort, employer_sort FROM conventions WHERE id = ?').get(written)).toEqual(expected);
    expect(rewrites()).toBe(0);

    const raw = db
      .prepare(
        `INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id, status, starts_on, created_ms, updated_ms)
         VALUES ('069-0906-69012-900002', 'CAE', '69', '69012', 900002, ?, ?, 'brouillon', '2009-07-01', 0, 0)`,
      )
      .run(employerId, employeeId).lastInsertRowid;
    expect(db.prepare('SELECT employee_sort, employer_sort FROM conventions WHERE id = ?').get(raw)).toEqual(expected);
    expect(rewrites()).toBe(1);
    db.close();
  });
});
