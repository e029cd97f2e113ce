import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate } from './migrate';
import { generateDemoAtVersion } from '../../test/helpers/migrate';

const tempDir = useTempDir();
const migrations = loadMigrations();

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
