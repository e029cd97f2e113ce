import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { insertStatusChanges, type NewStatusChange } from './repositories/conventions/writes';

const tempDir = useTempDir();

const TIMELINES = 'SELECT convention_id, from_status, to_status, on_date, actor, reason, created_at FROM status_changes ORDER BY convention_id, on_date, ';

describe('0022-status-timelines, on a database at version 21 holding an agency demo', () => {
  it('keeps every status change, in its order, keyed by its convention and its rank (issue #16)', () => {
    const file = path.join(tempDir(), 'v21-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 40, seed: 5 }, 21);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(21);
    // Two changes of one day: their order is their id's.
    const conventionId = db.prepare("SELECT convention_id FROM status_changes WHERE to_status = 'signee' LIMIT 1").pluck().get() as number;
    const signed = db.prepare("SELECT on_date FROM status_changes WHERE convention_id = ? AND to_status = 'signee'").pluck().get(conventionId) as string;
    const add = db.prepare(
      "INSERT INTO status_changes (convention_id, from_status, to_status, on_date, actor, reason, created_at) VALUES (?, ?, ?, ?, 'Agent ALE', ?, '2009-01-05T10:00:00.000Z')",
    );
    add.run(conventionId, 'signee', 'resiliee', signed, 'Erreur de saisie');
    add.run(conventionId, 'resiliee', 'signee', signed, 'Correction');
    const before = db.prepare(`${TIMELINES} id`).all();
    const timeline = db.prepare('SELECT to_status FROM status_changes WHERE convention_id = ? ORDER BY on_date, id').pluck().all(conventionId);
    const sameDay = db.prepare('SELECT to_status FROM status_changes WHERE convention_id = ? AND on_date = ? ORDER BY id').pluck();
    expect(sameDay.all(conventionId, signed)).toEqual(['signee', 'resiliee', 'signee']);
    expect(before.length).toBeGreaterThan(80);

    expect(migrate(db, loadMigrations(), 22)).toEqual([22]);
    expect(db.prepare(`${TIMELINES} seq`).all()).toEqual(before);
    // A timeline as the app read it at this version (by its day, then by rank; since 0025 it also joins the actors).
    const readTimeline = () =>
      db.prepare('SELECT to_status AS toStatus, on_date AS onDate FROM status_changes WHERE convention_id = ? ORDER BY on_date, seq').all(conventionId) as {
        toStatus: string;
        onDate: string;
      }[];
    expect(readTimeline().map((s) => s.toStatus)).toEqual(timeline);
    expect(
      readTimeline()
        .filter((s) => s.onDate === signed)
        .map((s) => s.toStatus),
    ).toEqual(['signee', 'resiliee', 'signee']);
    // Ranks 1, 2, 3… in each timeline.
    expect(
      db
        .prepare(
          'SELECT count(*) FROM status_changes s WHERE seq <> (SELECT count(*) FROM status_changes t WHERE t.convention_id = s.convention_id AND t.seq <= s.seq)',
        )
        .pluck()
        .get(),
    ).toBe(0);

    // Keyed by convention and rank: no rowid, no id, no other index; a timeline is read from its key.
    expect(db.prepare("SELECT wr FROM pragma_table_list WHERE name = 'status_changes'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT name FROM pragma_table_info('status_changes') ORDER BY cid").pluck().all()).toEqual([
      'convention_id',
      'seq',
      'from_status',
      'to_status',
      'on_date',
      'actor',
      'reason',
      'created_at',
    ]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'status_changes'").pluck().all()).toEqual([]);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM status_changes WHERE convention_id = ? ORDER BY on_date, seq').all(1) as { detail: string }[];
    expect(plan[0]!.detail).toBe('SEARCH status_changes USING PRIMARY KEY (convention_id=?)');
    expect(() => db.prepare('UPDATE status_changes SET seq = 0 WHERE convention_id = ? AND seq = 1').run(conventionId)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE status_changes SET on_date = '2009-02-30' WHERE convention_id = ?").run(conventionId)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare('UPDATE status_changes SET convention_id = 999999 WHERE convention_id = ?').run(conventionId)).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // Changes written after, by today's writes (on today's schema): each takes the next rank of its own timeline, several conventions in one statement.
    migrate(db, loadMigrations());
    const other = db.prepare('SELECT max(convention_id) FROM status_changes').pluck().get() as number;
    const rankOf = (id: number) => db.prepare('SELECT max(seq) FROM status_changes WHERE convention_id = ?').pluck().get(id) as number;
    const [last, lastOther] = [rankOf(conventionId), rankOf(other)];
    const change = (id: number, to: 'terminee' | 'resiliee' | 'signee'): NewStatusChange => ({
      conventionId: id,
      fromStatus: 'signee',
      toStatus: to,
      onDate: '2010-01-04',
      actor: 'Agent ALE',
      reason: null,
      at: '2010-01-04T09:00:00.000Z',
    });
    db.transaction(() => insertStatusChanges(db, [change(conventionId, 'resiliee'), change(other, 'terminee'), change(conventionId, 'signee')]))();
    // The statuses by name (by id since 0027).
    const ranks = db.prepare(
      'SELECT s.seq, t.name AS to_status FROM status_changes s JOIN convention_statuses t ON t.id = s.to_status_id WHERE s.convention_id = ? AND s.seq > ? ORDER BY s.seq',
    );
    expect(ranks.all(conventionId, last)).toEqual([
      { seq: last + 1, to_status: 'resiliee' },
      { seq: last + 2, to_status: 'signee' },
    ]);
    expect(ranks.all(other, lastOther)).toEqual([{ seq: lastOther + 1, to_status: 'terminee' }]);
    db.close();
  });
});
