import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { AppError } from '../../shared/api/result';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { inTransaction } from './connection';
import { insertEmployer, type NewEmployer } from './repositories/employers';
import { findConvention } from './repositories/conventions/read';
import { setConventionStatus } from './repositories/conventions/writes';

const tempDir = useTempDir();

/** The tables that grow with the conventions, their instants, and the order their rows are compared in. */
const INSTANTS: Record<string, { columns: string[]; order: string }> = {
  conventions: { columns: ['created_at', 'updated_at'], order: 'id' },
  convention_versions: { columns: ['created_at'], order: 'id' },
  status_changes: { columns: ['created_at'], order: 'convention_id, seq' },
  contract_events: { columns: ['created_at'], order: 'id' },
  employees: { columns: ['created_at', 'updated_at'], order: 'id' },
  employers: { columns: ['created_at', 'updated_at'], order: 'id' },
  received_payments: { columns: ['created_at'], order: 'id' },
};

type Instants = Record<string, unknown[]>;
const instantsOf = (db: Database.Database): Instants =>
  Object.fromEntries(
    Object.entries(INSTANTS).map(([table, { columns, order }]) => [table, db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${order}`).all()]),
  );

/** An agency demo at version 22, with one payment received and instants written otherwise than the app writes them. */
function demoAt22(name: string): Database.Database {
  const file = path.join(tempDir(), name);
  generateDemoAtVersion({ file, role: 'agence', conventions: 30, seed: 3 }, 22);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  expect(schemaVersion(db)).toBe(22);
  db.prepare(
    `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, created_at, created_by)
     VALUES (1, '2009-02-10', 45000, '2009-01-01', '2009-01-31', 'saisie', '2009-02-10T14:31:07.456Z', 'Agent ALE')`,
  ).run();
  db.prepare("UPDATE conventions SET updated_at = '2009-01-05T10:00:00.123Z' WHERE id = 1").run();
  db.prepare("UPDATE employees SET created_at = '2009-01-05 10:00:00' WHERE id = 1").run();
  db.prepare("UPDATE employers SET updated_at = '2009-01-05T11:00:00+01:00' WHERE id = 1").run();
  return db;
}

describe('0023-integer-instants, on a database at version 22 holding an agency demo', () => {
  it('stores each instant as milliseconds and reads back the same ISO text in UTC (issue #16)', () => {
    const db = demoAt22('v22-agency.sqlite');
    const before = instantsOf(db);
    for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0);

    expect(migrate(db, loadMigrations(), 23)).toEqual([23]);
    // The same text for every row the app wrote; an instant written otherwise, as SQLite reads it, in UTC with its milliseconds.
    const after = instantsOf(db);
    const normalized = structuredClone(before) as Record<string, Record<string, string>[]>;
    normalized.employees![0]!.created_at = '2009-01-05T10:00:00.000Z';
    normalized.employers![0]!.updated_at = '2009-01-05T10:00:00.000Z';
    expect(after).toEqual(normalized);
    expect(after.conventions![0]).toMatchObject({ updated_at: '2009-01-05T10:00:00.123Z' });
    expect(after.received_payments).toEqual([{ created_at: '2009-02-10T14:31:07.456Z' }]);
    expect(db.prepare('SELECT created_ms, updated_ms FROM conventions WHERE id = 1').get()).toEqual({
      created_ms: Date.parse((before.conventions![0] as { created_at: string }).created_at),
      updated_ms: Date.parse('2009-01-05T10:00:00.123Z'),
    });

    // Stored: the integer; the text is computed, never written.
    for (const [table, { columns }] of Object.entries(INSTANTS)) {
      const info = db
        .prepare(`SELECT name, hidden FROM pragma_table_xinfo('${table}') WHERE name LIKE '%ed\\_at' ESCAPE '\\' OR name LIKE '%ed\\_ms' ESCAPE '\\'`)
        .all();
      expect(info, table).toEqual([...columns.map((c) => ({ name: c.replace('_at', '_ms'), hidden: 0 })), ...columns.map((name) => ({ name, hidden: 2 }))]);
      const types = db
        .prepare(`SELECT DISTINCT typeof(${columns[0]!.replace('_at', '_ms')}) FROM ${table}`)
        .pluck()
        .all();
      expect(types, table).toEqual(['integer']);
    }
    expect(() => db.prepare("UPDATE conventions SET created_at = '2010-01-01T00:00:00.000Z' WHERE id = 1").run()).toThrow(/generated column/);
    expect(() => db.prepare('UPDATE conventions SET created_ms = -1 WHERE id = 1').run()).toThrow(/CHECK constraint failed/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('stops on an instant that is no date, and the database stays at version 22, unchanged', () => {
    const db = demoAt22('v22-bad-instant.sqlite');
    db.prepare("UPDATE status_changes SET created_at = 'hier matin' WHERE convention_id = 2 AND seq = 1").run();
    const before = instantsOf(db);
    let stopped: unknown;
    try {
      migrate(db, loadMigrations(), 23);
    } catch (error) {
      stopped = error;
    }
    // Said in French, with SQLite's reason: a constraint of the migration refused a row.
    expect(stopped).toBeInstanceOf(AppError);
    expect(stopped).toMatchObject({ code: 'DB_UPGRADE_STOPPED' });
    expect((stopped as AppError).message).toBe(
      "La mise à jour de l'espace de travail s'est arrêtée à l'étape 23 (integer-instants) sur une donnée qu'elle ne sait pas convertir " +
        "(NOT NULL constraint failed: status_changes.created_ms). L'espace reste au schéma 22, sans aucun changement : rien n'est perdu. " +
        "Gardez ce fichier et signalez ce message : une version de l'application qui s'arrête au schéma 22 l'ouvre toujours.",
    );
    expect(schemaVersion(db)).toBe(22);
    expect(instantsOf(db)).toEqual(before);
    db.close();
  });
});

describe('instants written by the app since 0023', () => {
  const employer = (siret: string, at: string): NewEmployer => ({
    siret,
    name: 'Association Horizon',
    status: 'ASSOCIATION',
    collector: 'URSSAF',
    collectorOther: null,
    address: null,
    postalCode: null,
    city: null,
    department: '69',
    iban: null,
    at,
  });

  it('writes the clock instant as its milliseconds, refuses one that is no date, and the demo leaves no instant to its default', () => {
    const file = path.join(tempDir(), 'latest.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 30, seed: 4 }, loadMigrations().length);
    // Today's generator wrote `${file}.latest`: every row names its instant.
    const demo = new Database(`${file}.latest`, { readonly: true });
    for (const [table, { columns }] of Object.entries(INSTANTS)) {
      const unset = columns.map((c) => `${c.replace('_at', '_ms')} = 0`).join(' OR ');
      expect(demo.prepare(`SELECT count(*) FROM ${table} WHERE ${unset}`).pluck().get(), table).toBe(0);
    }
    demo.close();

    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const id = inTransaction(db, () => insertEmployer(db, employer('44306184100047', '2010-01-04T09:00:00.250Z')));
    expect(db.prepare('SELECT created_ms, created_at, updated_at FROM employers WHERE id = ?').get(id)).toEqual({
      created_ms: Date.parse('2010-01-04T09:00:00.250Z'),
      created_at: '2010-01-04T09:00:00.250Z',
      updated_at: '2010-01-04T09:00:00.250Z',
    });
    setConventionStatus(db, 1, 'terminee', null, '2010-02-01T08:30:00.000Z');
    expect(findConvention(db, 1)?.updatedAt).toBe('2010-02-01T08:30:00.000Z');

    const count = db.prepare('SELECT count(*) FROM employers').pluck().get();
    expect(() => inTransaction(db, () => insertEmployer(db, employer('73282932000074', 'lundi')))).toThrow(/NOT NULL constraint failed: employers\.created_ms/);
    expect(db.prepare('SELECT count(*) FROM employers').pluck().get()).toBe(count);
    db.close();
  });
});
