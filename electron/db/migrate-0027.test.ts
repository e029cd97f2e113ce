import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { CONVENTION_STATUSES } from '../../shared/domain/enums';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { storedBytes } from '../../test/helpers/schema';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listStatusChanges } from './repositories/conventions/read';
import { insertStatusChanges } from './repositories/conventions/writes';

const tempDir = useTempDir();
const CHANGES = 'SELECT convention_id, seq, from_status, to_status, on_date, actor_id, reason, created_at FROM status_changes ORDER BY convention_id, seq';

describe('0027-status-change-codes, on a database at version 26 holding a demo', () => {
  it('keeps every status change, its statuses named by id among the seven of `convention_statuses`, in a smaller table (issue #16)', () => {
    const file = path.join(tempDir(), 'v26.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 80, seed: 7 }, 26);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const before = db.prepare(CHANGES).raw().all();
    expect(before.length).toBeGreaterThan(80 * 3);
    expect(new Set(before.map((row) => (row as unknown[])[2]))).toContain(null);
    // A copy left at version 26, to compare the size of the table.
    fs.copyFileSync(file, path.join(tempDir(), 'kept.sqlite'));
    const kept = new Database(path.join(tempDir(), 'kept.sqlite'), { readonly: true });

    expect(migrate(db, loadMigrations(), 27)).toEqual([27]);
    expect(schemaVersion(db)).toBe(27);
    // Each status's id is its rank in the app's list, from 1: the writes bind it (insertStatusChanges).
    expect(db.prepare('SELECT id, name FROM convention_statuses ORDER BY id').raw().all()).toEqual(CONVENTION_STATUSES.map((name, rank) => [rank + 1, name]));
    const after = db
      .prepare(
        `SELECT s.convention_id, s.seq, f.name, t.name, s.on_date, s.actor_id, s.reason, s.created_at
         FROM status_changes s LEFT JOIN convention_statuses f ON f.id = s.from_status_id JOIN convention_statuses t ON t.id = s.to_status_id
         ORDER BY s.convention_id, s.seq`,
      )
      .raw()
      .all();
    expect(after).toEqual(before);
    expect(db.prepare("SELECT name FROM pragma_table_info('status_changes')").pluck().all()).not.toContain('to_status');
    expect(storedBytes(db, 'status_changes')).toBeLessThan(storedBytes(kept, 'status_changes'));
    kept.close();

    // New changes, by today's code on today's schema, where the ids are still the ranks the writes bind: written and read
    // back by their statuses' names; a name that is not a status is refused.
    migrate(db, loadMigrations());
    expect(db.prepare('SELECT id, name FROM convention_statuses ORDER BY id').raw().all()).toEqual(CONVENTION_STATUSES.map((name, rank) => [rank + 1, name]));
    const conventionId = db.prepare('SELECT min(convention_id) FROM status_changes').pluck().get() as number;
    const change = { conventionId, onDate: '2009-06-30', actor: 'démonstration', reason: null, at: '2009-06-30T10:00:00.000Z' } as const;
    db.transaction(() => insertStatusChanges(db, [{ ...change, fromStatus: 'en_cours', toStatus: 'resiliee' }]))();
    expect(listStatusChanges(db, conventionId).at(-1)).toMatchObject({ fromStatus: 'en_cours', toStatus: 'resiliee' });
    const count = db.prepare('SELECT count(*) FROM status_changes').pluck();
    const total = count.get();
    for (const wrong of [
      { fromStatus: 'en_cours', toStatus: 'archivee' },
      { fromStatus: 'archivee', toStatus: 'terminee' },
    ]) {
      expect(() => db.transaction(() => insertStatusChanges(db, [{ ...change, ...wrong } as never]))()).toThrow(
        /cannot store TEXT value in INTEGER column status_changes\.(from|to)_status_id/,
      );
    }
    expect(count.get()).toBe(total);
    // A status cannot go while a change names it.
    expect(() => db.prepare("DELETE FROM convention_statuses WHERE name = 'resiliee'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it.each(['from_status', 'to_status'])('stops, changing nothing, on a change whose %s is not one of the seven', (column) => {
    const file = path.join(tempDir(), `v26-${column}.sqlite`);
    generateDemoAtVersion({ file, role: 'agence', conventions: 20, seed: 3 }, 26);
    const db = new Database(file);
    db.prepare(`UPDATE status_changes SET ${column} = 'archivee' WHERE seq = 2 AND convention_id = (SELECT min(convention_id) FROM status_changes)`).run();
    const before = db.prepare(CHANGES).raw().all();
    expect(() => migrate(db, loadMigrations(), 27)).toThrow(/L'espace reste au schéma 26, sans aucun changement/);
    expect(schemaVersion(db)).toBe(26);
    expect(db.prepare(CHANGES).raw().all()).toEqual(before);
    db.close();
  });
});
