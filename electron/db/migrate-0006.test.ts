import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { hoursChangeMinutes, versionWeeklyMinutes } from './repositories/versions/hours';
import { packDocument } from './repositories/versions/packing';

const tempDir = useTempDir();
const migrations = loadMigrations();

describe('0006-weekly-hours-in-document, on a database at version 5 holding demo data and an hours-change avenant', () => {
  it('drops the weekly_minutes columns, keeping every other value; the documents give back what they held', () => {
    const file = path.join(tempDir(), 'v5-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 5);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(5);
    // An avenant changing the hours to 26 h a month after the hiring, as the service wrote it at version 5.
    const first = db
      .prepare(
        'SELECT id, convention_id, employer_id, starts_on, details FROM convention_versions WHERE avenant_index = 0 AND signed_on IS NOT NULL ORDER BY id LIMIT 1',
      )
      .get() as Record<string, string | number>;
    const on = db.prepare("SELECT date(?, '+1 month')").pluck().get(first.starts_on) as string;
    const doc = JSON.parse(String(first.details)) as { events?: unknown[] };
    const details = JSON.stringify({ ...doc, events: [...(doc.events ?? []), { kind: 'HOURS_CHANGE', on, weeklyHours: 26 }] });
    db.prepare(
      `INSERT INTO convention_versions (convention_id, avenant_index, kind, employer_id, signed_on, starts_on, contract_type, weekly_minutes, details, created_at)
       VALUES (?, (SELECT max(avenant_index) + 1 FROM convention_versions WHERE convention_id = ?), 'HOURS_CHANGE', ?, ?, ?, 'CDD', 1560, ?, 'x')`,
    ).run(first.convention_id, first.convention_id, first.employer_id, on, on, details);
    db.prepare("INSERT INTO contract_events (convention_id, kind, occurred_on, weekly_minutes, created_at) VALUES (?, 'HOURS_CHANGE', ?, 1560, 'x')").run(
      first.convention_id,
      on,
    );

    const tables = ['conventions', 'convention_versions', 'contract_events', 'employers', 'employees', 'aid_payments', 'exchange_lots', 'exchange_lot_lines'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[]);
    const before = dump();
    const heldMinutes = db.prepare('SELECT id, starts_on AS startsOn, weekly_minutes AS minutes, details FROM convention_versions ORDER BY id').all() as {
      id: number;
      startsOn: string;
      minutes: number;
      details: string;
    }[];
    const heldEvent = db
      .prepare("SELECT convention_id AS conventionId, occurred_on AS occurredOn, weekly_minutes AS minutes FROM contract_events WHERE kind = 'HOURS_CHANGE'")
      .all() as { conventionId: number; occurredOn: string; minutes: number }[];

    expect(migrate(db, migrations, 6)).toEqual([6]);
    const withoutMinutes = (row: Record<string, unknown>) => {
      const { weekly_minutes: _minutes, ...rest } = row;
      return rest;
    };
    expect(dump()).toEqual(before.map((rows) => rows.map(withoutMinutes)));
    const columns = (t: string) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t);
    expect(columns('convention_versions')).not.toContain('weekly_minutes');
    expect(columns('contract_events')).not.toContain('weekly_minutes');

    // Nothing is lost: every version's document sets the hours the column held, the avenant's event its 26 h.
    expect(heldMinutes.length).toBeGreaterThan(40);
    expect(heldMinutes.map((v) => versionWeeklyMinutes(db, packDocument(v.details), v.startsOn))).toEqual(heldMinutes.map((v) => v.minutes));
    expect(heldEvent).toEqual([{ conventionId: first.convention_id, occurredOn: on, minutes: 1560 }]);
    const latest = db
      .prepare('SELECT details FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index DESC LIMIT 1')
      .pluck()
      .get(first.convention_id) as string;
    // At version 6 documents are JSON text; the reads of today take them packed (migration 0020).
    expect(hoursChangeMinutes(db, packDocument(latest), on)).toBe(1560);
    // One place to correct: the document.
    db.prepare("UPDATE convention_versions SET details = json_set(details, '$.contract.weeklyHours', 24) WHERE id = ?").run(first.id);
    const corrected = db.prepare('SELECT starts_on AS startsOn, details FROM convention_versions WHERE id = ?').get(first.id) as {
      startsOn: string;
      details: string;
    };
    expect(versionWeeklyMinutes(db, packDocument(corrected.details), corrected.startsOn)).toBe(1440);

    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('convention_versions', 'contract_events') AND sql LIKE '%STRICT'").pluck().get()).toBe(
      2,
    );
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});
