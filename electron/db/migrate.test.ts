import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { hoursChangeMinutes, versionWeeklyMinutes } from './repositories/versions/hours';

const tempDir = useTempDir();
const migrations = loadMigrations();

function databaseAt(version: number): Database.Database {
  const db = new Database(path.join(tempDir(), `v${version}.sqlite`));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, version);
  expect(schemaVersion(db)).toBe(version);
  return db;
}

describe('migrations', () => {
  it('are numbered NNNN-name.sql from 1 without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('are applied once: a second run changes nothing', () => {
    const db = databaseAt(migrations.length);
    expect(migrate(db, migrations)).toEqual([]);
    db.close();
  });

  it('roll back whole when one fails, leaving the version unchanged', () => {
    const db = databaseAt(0);
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE ok (x INTEGER) STRICT; CREATE TABLE ok (y INTEGER);' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'ok'").pluck().get()).toBe(0);
    db.close();
  });

  describe('0001-initial, on an empty database', () => {
    it('creates the first data model with its constraints', () => {
      const db = databaseAt(0);
      migrate(db, migrations, 1);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).toEqual([
        'aid_payments',
        'aid_rates',
        'audit_log',
        'contract_events',
        'convention_versions',
        'conventions',
        'employees',
        'employers',
        'exchange_lot_lines',
        'exchange_lots',
        'settings',
        'status_changes',
        'workspace',
      ]);
      // Dates are checked: an impossible date is refused.
      expect(() =>
        db
          .prepare(
            "INSERT INTO employees (civility, last_name, first_names, birth_date, created_at, updated_at) VALUES ('M', 'A', 'B', '2008-02-30', 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
      // Foreign keys hold: a convention needs its employer.
      expect(() =>
        db
          .prepare(
            "INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id, status, starts_on, created_at, updated_at) VALUES ('n', 'CAE', '69', '69012', 1, 99, 99, 'brouillon', '2008-06-09', 'x', 'x')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      // The NIR is stored once.
      const employee = db.prepare(
        "INSERT INTO employees (nir, civility, last_name, first_names, birth_date, created_at, updated_at) VALUES ('275036912345661', 'MME', 'A', 'B', '1975-03-14', 'x', 'x')",
      );
      employee.run();
      expect(() => employee.run()).toThrow(/UNIQUE/);
      // Every foreign key has an index to look it up.
      const unindexed = db
        .prepare(
          `SELECT m.name AS tbl, f."from" AS col FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
           WHERE m.type = 'table' AND NOT EXISTS (
             SELECT 1 FROM pragma_index_list(m.name) il, pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = f."from")`,
        )
        .all();
      expect(unindexed).toEqual([]);
      db.close();
    });
  });
});

describe('0002-convention-workflow, on a database at version 1 holding demo data', () => {
  it('adds numbering counters seeded from the numbers already given, justifications and dénonciations, keeping the data', () => {
    const file = path.join(tempDir(), 'v1-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 1);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(1);
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    const before = ['conventions', 'convention_versions', 'employers', 'employees', 'status_changes', 'contract_events'].map(count);

    expect(migrate(db, migrations, 2)).toEqual([2]);
    expect(['conventions', 'convention_versions', 'employers', 'employees', 'status_changes', 'contract_events'].map(count)).toEqual(before);
    // Every agency's counter starts at its highest number: none is given twice.
    expect(db.prepare('SELECT department, prescriber_code, last_order_number FROM convention_counters ORDER BY 1').all()).toEqual(
      db.prepare('SELECT department, prescriber_code, max(order_number) AS last_order_number FROM conventions GROUP BY 1, 2 ORDER BY 1').all(),
    );
    expect(count('convention_counters')).toBe(2);

    const version = db.prepare('SELECT id FROM convention_versions LIMIT 1').pluck().get() as number;
    const justify = db.prepare(
      "INSERT INTO warning_justifications (version_id, finding_code, text, justified_by, justified_at) VALUES (?, ?, ?, 'Agent', 'x')",
    );
    justify.run(version, 'WEEKLY_HOURS_TOO_LOW', 'Difficultés attestées');
    expect(() => justify.run(version, 'WEEKLY_HOURS_TOO_LOW', 'Encore une fois')).toThrow(/UNIQUE/);
    expect(() => justify.run(version, 'weekly hours', 'Code mal formé')).toThrow(/CHECK/);
    expect(() => justify.run(9999, 'NIR_MISMATCH', 'Version inconnue')).toThrow(/FOREIGN KEY/);

    const convention = db.prepare('SELECT id FROM conventions LIMIT 1').pluck().get() as number;
    const notice = db.prepare(
      "INSERT INTO denunciations (convention_id, grounds, intent_notified_on, observations_deadline, created_at, updated_at) VALUES (?, 'Manquement', ?, ?, 'x', 'x')",
    );
    expect(() => notice.run(convention, '2008-10-01', '2008-09-30')).toThrow(/CHECK/);
    expect(() => notice.run(convention, '2008-02-30', '2008-03-08')).toThrow(/CHECK/);
    notice.run(convention, '2008-10-01', '2008-10-08');
    // One procedure under way at a time.
    expect(() => notice.run(convention, '2008-10-02', '2008-10-09')).toThrow(/UNIQUE/);
    // A decision needs its date, and only a dénonciation informs the organisations.
    expect(() => db.prepare("UPDATE denunciations SET decision = 'DENOUNCED'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("UPDATE denunciations SET decision = 'MAINTAINED', decision_notified_on = '2008-10-10', collector_informed_on = '2008-10-11'").run(),
    ).toThrow(/CHECK/);

    const strict = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('convention_counters', 'warning_justifications', 'denunciations') AND sql LIKE '%STRICT'",
      )
      .pluck()
      .all();
    expect(strict).toHaveLength(3);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const unindexed = db
      .prepare(
        `SELECT m.name AS tbl, f."from" AS col FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND NOT EXISTS (
           SELECT 1 FROM pragma_index_list(m.name) il, pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = f."from")`,
      )
      .all();
    expect(unindexed).toEqual([]);
    db.close();
  });
});

describe('0003-convention-search, on a database at version 2 holding demo data', () => {
  it('indexes every convention for the search and keeps the index in sync, with trusted_schema off', () => {
    const file = path.join(tempDir(), 'v2-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 2);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    expect(schemaVersion(db)).toBe(2);
    expect(migrate(db, migrations, 3)).toEqual([3]);
    const match = (q: string) => db.prepare('SELECT rowid FROM convention_search WHERE convention_search MATCH ? ORDER BY rowid').pluck().all(q);
    expect(db.prepare('SELECT count(*) FROM convention_search').pluck().get()).toBe(40);
    const first = db
      .prepare(
        'SELECT c.id, c.number, ee.id AS employee, ee.nir, er.siret FROM conventions c JOIN employees ee ON ee.id = c.employee_id JOIN employers er ON er.id = c.employer_id ORDER BY c.id LIMIT 1',
      )
      .get() as { id: number; number: string; employee: number; nir: string; siret: string };
    expect(match(`"${first.number}"`)).toEqual([first.id]);
    expect(match(`"${first.nir}"`)).toEqual([first.id]);
    expect(match(`"${first.siret}"`)).toContain(first.id);
    // Triggers run with trusted_schema off: renaming the employee re-indexes the convention.
    db.prepare("UPDATE employees SET last_name = 'ÉTIÉVANT' WHERE id = ?").run(first.employee);
    expect(match('"etievant"')).toEqual([first.id]);
    db.prepare('DELETE FROM convention_versions WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM status_changes WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM contract_events WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM aid_payments WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM exchange_lot_lines WHERE convention_id = ?').run(first.id);
    db.prepare('DELETE FROM conventions WHERE id = ?').run(first.id);
    expect(match('"etievant"')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM convention_search').pluck().get()).toBe(39);
    db.close();
  });
});

describe('0004-exchange-tracking, on a database at version 3 holding demo data', () => {
  it('adds the record and payload of each lot line and the answered lot, keeping the lots', () => {
    const file = path.join(tempDir(), 'v3-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 3);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const lines = db.prepare('SELECT lot_id, line_no, convention_id, record_kind, status FROM exchange_lot_lines ORDER BY 1, 2').all();
    expect(migrate(db, migrations, 4)).toEqual([4]);
    expect(db.prepare('SELECT lot_id, line_no, convention_id, record_kind, status FROM exchange_lot_lines ORDER BY 1, 2').all()).toEqual(lines);
    expect(db.prepare('SELECT count(*) FROM exchange_lot_lines WHERE record_ref IS NOT NULL OR payload_sha256 IS NOT NULL').pluck().get()).toBe(0);
    const tag = db.prepare('UPDATE exchange_lot_lines SET record_ref = ?, payload_sha256 = ? WHERE rowid = (SELECT min(rowid) FROM exchange_lot_lines)');
    expect(() => tag.run('convention:1', null)).toThrow(/CHECK/);
    expect(() => tag.run('version:1', 'abc')).toThrow(/CHECK/);
    tag.run('version:1', 'a'.repeat(64));
    expect(() => db.prepare('UPDATE exchange_lots SET answers_lot_id = 9999').run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

describe('0005-exchange-origins, on a database at version 4 holding demo data', () => {
  it('adds which events the agency knows and the folder of each outbound file, keeping the data; marks the events a package brought', () => {
    const file = path.join(tempDir(), 'v4-demo.sqlite');
    generateDemoAtVersion({ file, role: 'employeur', conventions: 12, seed: 5 }, 4);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(4);
    // A package imported at version 4: its IN lot and the events it created carry the same instant.
    const events = db.prepare('SELECT id, convention_id AS conventionId FROM contract_events ORDER BY id').all() as { id: number; conventionId: number }[];
    expect(events.length).toBeGreaterThan(1);
    const brought = events[0]!;
    const at = '2009-06-16T08:00:00Z';
    const lot = db
      .prepare(
        "INSERT INTO exchange_lots (direction, kind, emitter, recipient, sequence, file_name, sha256, status, created_at) VALUES ('IN', 'convention-package', '69012', '12345678901234', 1, 'PKG.json', ?, 'accepted', ?)",
      )
      .run('a'.repeat(64), at).lastInsertRowid;
    db.prepare("INSERT INTO exchange_lot_lines (lot_id, line_no, convention_id, record_kind, status) VALUES (?, 1, ?, 'CONVENTION_FILE', 'accepted')").run(
      lot,
      brought.conventionId,
    );
    db.prepare('UPDATE contract_events SET created_at = ? WHERE id = ?').run(at, brought.id);
    const tables = ['conventions', 'convention_versions', 'employers', 'employees', 'contract_events', 'exchange_lots', 'exchange_lot_lines', 'aid_payments'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();

    expect(migrate(db, migrations, 5)).toEqual([5]);
    // Every row as it was, with the two new columns beside.
    const withoutNew = (row: unknown) => {
      const { known_to_agency: _known, folder: _folder, ...rest } = row as Record<string, unknown>;
      return rest;
    };
    expect(dump().map((rows) => rows.map(withoutNew))).toEqual(before);
    expect(db.prepare('SELECT id FROM contract_events WHERE known_to_agency = 1').pluck().all()).toEqual([brought.id]);
    expect(db.prepare('SELECT count(*) FROM exchange_lots WHERE folder IS NOT NULL').pluck().get()).toBe(0);

    // Constraints bite: 0 or 1 only, a folder only for an outbound file and never empty.
    expect(() => db.prepare('UPDATE contract_events SET known_to_agency = 2 WHERE id = ?').run(brought.id)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE contract_events SET known_to_agency = NULL WHERE id = ?').run(brought.id)).toThrow(/NOT NULL/);
    expect(() => db.prepare('UPDATE exchange_lots SET folder = ? WHERE id = ?').run('/tmp/envois', lot)).toThrow(/CHECK/);
    const out = db
      .prepare(
        "INSERT INTO exchange_lots (direction, kind, emitter, recipient, sequence, file_name, sha256, status, created_at) VALUES ('OUT', 'outbound-lot', '12345678901234', 'CNASEA', 1, 'LOT.json', ?, 'prepared', ?)",
      )
      .run('b'.repeat(64), at).lastInsertRowid;
    expect(() => db.prepare("UPDATE exchange_lots SET folder = '' WHERE id = ?").run(out)).toThrow(/CHECK/);
    db.prepare('UPDATE exchange_lots SET folder = ? WHERE id = ?').run('/tmp/envois', out);
    // A new event is the workspace's own unless a package says otherwise.
    db.prepare("INSERT INTO contract_events (convention_id, kind, occurred_on, created_at) VALUES (?, 'SUSPENSION', '2009-06-01', 'x')").run(
      brought.conventionId,
    );
    expect(db.prepare('SELECT known_to_agency FROM contract_events ORDER BY id DESC LIMIT 1').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('contract_events', 'exchange_lots') AND sql LIKE '%STRICT'").pluck().get()).toBe(2);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

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
    expect(heldMinutes.map((v) => versionWeeklyMinutes(v.details, v.startsOn))).toEqual(heldMinutes.map((v) => v.minutes));
    expect(heldEvent).toEqual([{ conventionId: first.convention_id, occurredOn: on, minutes: 1560 }]);
    const latest = db
      .prepare('SELECT details FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index DESC LIMIT 1')
      .pluck()
      .get(first.convention_id) as string;
    expect(hoursChangeMinutes(latest, on)).toBe(1560);
    // One place to correct: the document.
    db.prepare("UPDATE convention_versions SET details = json_set(details, '$.contract.weeklyHours', 24) WHERE id = ?").run(first.id);
    const corrected = db.prepare('SELECT starts_on AS startsOn, details FROM convention_versions WHERE id = ?').get(first.id) as {
      startsOn: string;
      details: string;
    };
    expect(versionWeeklyMinutes(corrected.details, corrected.startsOn)).toBe(1440);

    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('convention_versions', 'contract_events') AND sql LIKE '%STRICT'").pluck().get()).toBe(
      2,
    );
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

describe('0007-employer-profile, on a database at version 6 holding an employer demo', () => {
  it('adds the one-row employer profile, keeping the data; the collector needs its name when AUTRE', () => {
    const file = path.join(tempDir(), 'v6-employer.sqlite');
    generateDemoAtVersion({ file, role: 'employeur', conventions: 8, seed: 7 }, 6);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(6);
    const tables = ['workspace', 'employers', 'employees', 'conventions', 'convention_versions', 'contract_events'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();

    expect(migrate(db, migrations, 7)).toEqual([7]);
    expect(dump()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM employer_profile').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'employer_profile' AND sql LIKE '%STRICT'").pluck().get()).toBe(1);

    const put = db.prepare(
      `INSERT INTO employer_profile (id, name, status, collector, collector_name, iban, signatory_name, signatory_quality, updated_at)
       VALUES (@id, 'Association Les Jardins du Rhône', 'ASSOCIATION', @collector, @collectorName, @iban, 'Jeanne ROUX', 'Présidente', 'x')`,
    );
    const ok = { id: 1, collector: 'URSSAF', collectorName: null, iban: 'FR7630006000011234567890189' };
    expect(() => put.run({ ...ok, collector: 'AUTRE' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, collectorName: 'Caisse des marins' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, iban: 'FR76 3000 6000 0112 3456 7890 189' })).toThrow(/CHECK/);
    expect(() => put.run({ ...ok, collector: 'CAISSE' })).toThrow(/CHECK/);
    put.run({ ...ok, collector: 'AUTRE', collectorName: 'Caisse des marins' });
    expect(() => put.run({ ...ok, id: 2 })).toThrow(/CHECK/);
    expect(() => put.run(ok)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("UPDATE employer_profile SET signatory_name = '  '").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT collector, collector_name FROM employer_profile').get()).toEqual({ collector: 'AUTRE', collector_name: 'Caisse des marins' });
    db.close();
  });
});

describe('0009-received-payments, on a database at version 8 holding demo data and payments a return file brought', () => {
  it('creates received_payments with its checks, keeping as imported the payments already recorded on the expected ones', () => {
    const file = path.join(tempDir(), 'v8-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 8);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    // A return file imported at version 8: its payment notices were written on the expected payments they answer.
    const lotId = db
      .prepare(
        `INSERT INTO exchange_lots (direction, kind, emitter, recipient, sequence, file_name, sha256, status, created_at)
         VALUES ('IN', 'return-file', 'CNASEA', '69012', 1, 'retour-CNASEA-000001.json', ?, 'accepted', '2009-06-20T09:00:00.000Z')`,
      )
      .run('a'.repeat(64)).lastInsertRowid as number;
    const paid = db.prepare('SELECT id, convention_id, period_start, period_end, expected_cents FROM aid_payments ORDER BY id LIMIT 2').all() as {
      id: number;
      convention_id: number;
      period_start: string;
      period_end: string;
      expected_cents: number;
    }[];
    const record = db.prepare("UPDATE aid_payments SET received_cents = ?, received_on = '2009-06-20', lot_id = ? WHERE id = ?");
    record.run(paid[0]!.expected_cents, lotId, paid[0]!.id);
    record.run(paid[1]!.expected_cents - 100, lotId, paid[1]!.id);
    const before = db.prepare('SELECT * FROM aid_payments ORDER BY id').all();

    expect(migrate(db, migrations, 9)).toEqual([9]);
    expect(db.prepare('SELECT * FROM aid_payments ORDER BY id').all()).toEqual(before);
    expect(
      db
        .prepare(
          'SELECT convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_by FROM received_payments ORDER BY id',
        )
        .all(),
    ).toEqual(
      paid.map((p, i) => ({
        convention_id: p.convention_id,
        received_on: '2009-06-20',
        amount_cents: p.expected_cents - (i === 1 ? 100 : 0),
        period_start: p.period_start,
        period_end: p.period_end,
        source: 'fichier_retour',
        reference: 'retour-CNASEA-000001.json',
        lot_id: lotId,
        line_no: null,
        created_by: 'import',
      })),
    );
    const conventionId = paid[0]!.convention_id;
    const insert = db.prepare(
      `INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x', 'test')`,
    );
    insert.run(conventionId, '2009-06-21', 1000, '2009-06-01', '2009-06-30', 'saisie', 'Avis 42', null);
    // Dates, amounts, source, the lot of an imported payment and the period's order are checked.
    expect(() => insert.run(conventionId, '2009-02-30', 1000, '2009-06-01', '2009-06-30', 'saisie', '', null)).toThrow(/CHECK/);
    expect(() => insert.run(conventionId, '2009-06-21', -1, '2009-06-01', '2009-06-30', 'saisie', '', null)).toThrow(/CHECK/);
    expect(() => insert.run(conventionId, '2009-06-21', 1000, '2009-06-30', '2009-06-01', 'saisie', '', null)).toThrow(/CHECK/);
    expect(() => insert.run(conventionId, '2009-06-21', 1000, '2009-06-01', '2009-06-30', 'courrier', '', null)).toThrow(/CHECK/);
    expect(() => insert.run(conventionId, '2009-06-21', 1000, '2009-06-01', '2009-06-30', 'fichier_retour', '', null)).toThrow(/CHECK/);
    expect(() => insert.run(conventionId, '2009-06-21', 1000, '2009-06-01', '2009-06-30', 'saisie', '', lotId)).toThrow(/CHECK/);
    expect(() => insert.run(conventionId, '2009-06-21', 1000, '2009-06-01', '2009-06-30', 'saisie', 'x'.repeat(201), null)).toThrow(/CHECK/);
    expect(() => insert.run(99999, '2009-06-21', 1000, '2009-06-01', '2009-06-30', 'saisie', '', null)).toThrow(/FOREIGN KEY/);
    // The same notice of the same file for the same period is one payment.
    expect(() => insert.run(conventionId, '2009-06-20', 5, paid[0]!.period_start, paid[0]!.period_end, 'fichier_retour', '', lotId)).toThrow(/UNIQUE/);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

describe('0008-activity-months, on a database at version 7 holding demo data with lots', () => {
  it('adds the monthly activity of the proofs, with its constraints; lot lines keep their records and may now name a proof of activity', () => {
    const file = path.join(tempDir(), 'v7-demo.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 7);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(7);
    const lines = () =>
      db
        .prepare(
          'SELECT lot_id, line_no, convention_id, record_kind, status, error_code, error_label, record_ref, payload_sha256 FROM exchange_lot_lines ORDER BY lot_id, line_no',
        )
        .all();
    const before = lines();
    expect(before.length).toBeGreaterThan(0);

    expect(migrate(db, migrations, 8)).toEqual([8]);
    expect(lines()).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'exchange_lot_lines_record'").pluck().get()).toBe(1);
    const line = db.prepare('SELECT lot_id AS lotId, convention_id AS conventionId FROM exchange_lot_lines LIMIT 1').get() as {
      lotId: number;
      conventionId: number;
    };
    const addLine = db.prepare(
      "INSERT INTO exchange_lot_lines (lot_id, line_no, convention_id, record_kind, status, record_ref) VALUES (?, 9999, ?, 'PROOF_OF_ACTIVITY', 'prepared', ?)",
    );
    expect(() => addLine.run(line.lotId, line.conventionId, 'proof:1')).toThrow(/CHECK/);
    addLine.run(line.lotId, line.conventionId, `activity:${line.conventionId}:2008-06-09`);

    const month = db.prepare(
      `INSERT INTO activity_months (convention_id, month, worked_hundredths, paid_leave_hundredths, unpaid_suspension_days, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, '2008-09-10T10:00:00Z', 'Association')`,
    );
    month.run(line.conventionId, '2008-06', 6356, 0, 0);
    // One row per convention and month; a real month; hours and days within a month's.
    expect(() => month.run(line.conventionId, '2008-06', 6356, 0, 0)).toThrow(/UNIQUE/);
    expect(() => month.run(line.conventionId, '2008-13', 6356, 0, 0)).toThrow(/CHECK/);
    expect(() => month.run(line.conventionId, '2008-07', -1, 0, 0)).toThrow(/CHECK/);
    expect(() => month.run(line.conventionId, '2008-07', 74401, 0, 0)).toThrow(/CHECK/);
    expect(() => month.run(line.conventionId, '2008-07', 8667, 0, 32)).toThrow(/CHECK/);
    expect(() => month.run(99999, '2008-07', 8667, 0, 0)).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('activity_months', 'exchange_lot_lines') AND sql LIKE '%STRICT'").pluck().get()).toBe(
      2,
    );
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});
