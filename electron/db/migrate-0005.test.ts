import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

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
