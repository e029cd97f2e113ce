import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

/** The list's order by employee as defined before 0014: the joined names, case-insensitive, then the id. */
const byJoinedNames = (db: Database.Database) =>
  db
    .prepare(
      `SELECT c.id FROM conventions c JOIN employees ee ON ee.id = c.employee_id
       ORDER BY ee.last_name COLLATE NOCASE, ee.first_names COLLATE NOCASE, c.id`,
    )
    .pluck()
    .all() as number[];

const byEmployerName = (db: Database.Database) =>
  db.prepare('SELECT c.id FROM conventions c JOIN employers er ON er.id = c.employer_id ORDER BY er.name COLLATE NOCASE, c.id').pluck().all() as number[];

const listIds = (db: Database.Database, by: 'employee' | 'employer') =>
  listConventions(db, { limit: 1000, offset: 0, sort: { by, dir: 'asc' } }).items.map((c) => c.id);

describe('0014-list-sort-keys, on a database at version 13 holding an agency demo', () => {
  it('copies the names into sort keys that order the list as the joined names did, and keeps the data (issue #16)', () => {
    const file = path.join(tempDir(), 'v13-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 60, seed: 7 }, 13);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(13);
    const tables = ['workspace', 'employees', 'employers', 'convention_versions', 'aid_payments'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const conventions = () => db.prepare('SELECT id, number, employee_id, employer_id, status, starts_on, ends_on FROM conventions ORDER BY id').all();
    const before = [dump(), conventions()];
    const employeeOrder = byJoinedNames(db);
    const employerOrder = byEmployerName(db);

    expect(migrate(db, loadMigrations(), 14)).toEqual([14]);
    expect([dump(), conventions()]).toEqual(before);
    expect(listIds(db, 'employee')).toEqual(employeeOrder);
    expect(listIds(db, 'employer')).toEqual(employerOrder);
    db.close();
  });

  it('follows a renamed employee or employer, a convention moved to another employer, and a new convention, through its triggers', () => {
    const file = path.join(tempDir(), 'v13-triggers.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 8 }, 13);
    const db = new Database(file);
    migrate(db, loadMigrations());
    const [first, second] = db.prepare('SELECT id, employee_id AS employeeId FROM conventions ORDER BY id LIMIT 2').all() as {
      id: number;
      employeeId: number;
    }[];
    db.prepare("UPDATE employees SET last_name = 'aaa-premier', first_names = 'Zoé' WHERE id = ?").run(second!.employeeId);
    db.prepare("UPDATE employees SET first_names = 'Émile' WHERE id = ?").run(first!.employeeId);
    db.prepare("UPDATE employers SET name = 'zzz dernier' WHERE id = (SELECT employer_id FROM conventions WHERE id = ?)").run(first!.id);
    const other = db.prepare('SELECT id FROM employers WHERE id <> (SELECT employer_id FROM conventions WHERE id = ?) LIMIT 1').pluck().get(second!.id);
    db.prepare('UPDATE conventions SET employer_id = ? WHERE id = ?').run(other, second!.id);
    const copy = db.prepare('SELECT * FROM conventions WHERE id = ?').get(first!.id) as Record<string, unknown>;
    db.prepare(
      `INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id, status, starts_on, ends_on, created_ms, updated_ms)
       VALUES ('069-0609-69012-099999', @measure, @department, @prescriber_code, 99999, @employer_id, @employee_id, 'brouillon', @starts_on, @ends_on, @created_ms, @updated_ms)`,
    ).run(copy);

    expect(listIds(db, 'employee')).toEqual(byJoinedNames(db));
    expect(listIds(db, 'employee')[0]).toBe(second!.id);
    expect(listIds(db, 'employer')).toEqual(byEmployerName(db));
    db.close();
  });
});
