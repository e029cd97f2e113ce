import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { storedBytes } from '../../test/helpers/schema';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listStatusChanges } from './repositories/conventions/read';
import { insertStatusChanges } from './repositories/conventions/writes';

const tempDir = useTempDir();

describe('0025-status-change-actors, on a database at version 24 holding a demo', () => {
  it('keeps every status change, its actor named once in `actors`, in a smaller table (issue #16)', () => {
    const file = path.join(tempDir(), 'v24.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 80, seed: 5 }, 24);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    db.prepare("UPDATE status_changes SET actor = 'Agence de Lyon (démonstration)' WHERE convention_id % 3 = 0").run();
    const before = db
      .prepare('SELECT convention_id, seq, from_status, to_status, on_date, actor, reason, created_at FROM status_changes ORDER BY convention_id, seq')
      .raw()
      .all();
    expect(before.length).toBeGreaterThan(80 * 3);
    // A copy left at version 24, to compare the size of the table.
    fs.copyFileSync(file, path.join(tempDir(), 'kept.sqlite'));
    const kept = new Database(path.join(tempDir(), 'kept.sqlite'), { readonly: true });

    expect(migrate(db, loadMigrations(), 25)).toEqual([25]);
    expect(schemaVersion(db)).toBe(25);
    expect(db.prepare('SELECT name FROM actors ORDER BY id').pluck().all()).toEqual(['Agence de Lyon (démonstration)', 'démonstration']);
    const after = db
      .prepare(
        `SELECT s.convention_id, s.seq, s.from_status, s.to_status, s.on_date, a.name, s.reason, s.created_at
         FROM status_changes s JOIN actors a ON a.id = s.actor_id ORDER BY s.convention_id, s.seq`,
      )
      .raw()
      .all();
    expect(after).toEqual(before);
    expect(db.prepare("SELECT name FROM pragma_table_info('status_changes')").pluck().all()).not.toContain('actor');
    expect(storedBytes(db, 'status_changes')).toBeLessThan(storedBytes(kept, 'status_changes'));
    kept.close();

    // New changes, written by today's code on today's schema: a known actor is not named again, a new one is added once.
    migrate(db, loadMigrations());
    const conventionId = db.prepare('SELECT min(convention_id) FROM status_changes').pluck().get() as number;
    const change = { conventionId, fromStatus: 'en_cours', toStatus: 'terminee', onDate: '2009-06-30', reason: null, at: '2009-06-30T10:00:00.000Z' } as const;
    db.transaction(() =>
      insertStatusChanges(db, [
        { ...change, actor: 'démonstration' },
        { ...change, actor: 'Mme Durand' },
        { ...change, actor: 'Mme Durand' },
      ]),
    )();
    expect(db.prepare('SELECT name FROM actors ORDER BY id').pluck().all()).toEqual(['Agence de Lyon (démonstration)', 'démonstration', 'Mme Durand']);
    expect(
      listStatusChanges(db, conventionId)
        .slice(-3)
        .map((s) => s.actor),
    ).toEqual(['démonstration', 'Mme Durand', 'Mme Durand']);
    // An actor cannot go while a change names it.
    expect(() => db.prepare("DELETE FROM actors WHERE name = 'Mme Durand'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
