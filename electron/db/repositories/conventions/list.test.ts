import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from '../../connection';
import { bulkInsertConventions, bulkNir } from './bulk';
import { listConventions } from './list';
import { criteria, numberPrefix, searchExpression } from './list-sql';
import { ANCHOR_STEP } from './list-anchors';

const tempDir = useTempDir();

function workspace(conventions: number): Db {
  const db = openDatabase(path.join(tempDir(), `list-${conventions}.sqlite`));
  bulkInsertConventions(db, { conventions, employers: 20 });
  return db;
}

const page = { limit: 500, offset: 0 };

describe('conventions list', () => {
  it('turns the search into quoted prefix phrases, so no user text acts as FTS syntax', () => {
    expect(searchExpression(undefined)).toBeNull();
    expect(searchExpression('  - ')).toBeNull();
    expect(searchExpression('payet hél')).toBe('"payet"* "hél"*');
    expect(searchExpression('a"b OR NEAR(')).toBe('"a""b"* "OR"* "NEAR("*');
    expect(searchExpression('2 75 03 69')).toBe('"2750369"*');
  });

  it('reads a convention number typed with its dashes as the beginning of a number; a version number without its avenant index', () => {
    expect(numberPrefix(' 974-0708- ')).toBe('974-0708-');
    expect(numberPrefix('02a-0708-2a004')).toBe('02A-0708-2A004');
    expect(numberPrefix('069-0608-69012-00001-01')).toBe('069-0608-69012-00001');
    expect(numberPrefix('069-0608-69012-00001')).toBe('069-0608-69012-00001');
    for (const other of ['0708', '974', 'jean-pierre', '2 75 03 69', '-974', '974 0708']) expect(numberPrefix(other)).toBeNull();
  });

  it('finds the conventions whose number begins with the dashed text typed, counted exactly, alone or with a filter', () => {
    const db = workspace(3000);
    const numbers = db.prepare('SELECT id, number, status FROM conventions').all() as { id: number; number: string; status: string }[];
    const beginning = (prefix: string, status?: string) =>
      numbers.filter((c) => c.number.startsWith(prefix) && (status === undefined || c.status === status)).map((c) => c.id);
    for (const prefix of ['974-0609-', '069-0609-69012-0001', '974-']) {
      const found = listConventions(db, { limit: 5000, offset: 0, search: prefix.toLowerCase() });
      expect(found.total).toBe(beginning(prefix).length);
      expect(found.items.map((c) => c.id).sort((a, b) => a - b)).toEqual(beginning(prefix));
    }
    expect(beginning('974-0609-').length).toBeGreaterThan(100);
    const running = listConventions(db, { limit: 5000, offset: 0, search: '974-0609-', status: 'en_cours', sort: { by: 'number', dir: 'desc' } });
    expect(running.total).toBe(beginning('974-0609-', 'en_cours').length);
    expect(running.items.map((c) => c.number)).toEqual(
      numbers
        .filter((c) => c.number.startsWith('974-0609-') && c.status === 'en_cours')
        .map((c) => c.number)
        .sort()
        .reverse(),
    );
    expect(listConventions(db, { ...page, search: '975-' }).total).toBe(0);
    db.close();
  });

  it('filters by measure, status, employer, department and end dates, with the total of every filter', () => {
    const db = workspace(2000);
    const all = db.prepare('SELECT id, measure, status, employer_id, department, ends_on FROM conventions').all() as {
      id: number;
      measure: string;
      status: string;
      employer_id: number;
      department: string;
      ends_on: string | null;
    }[];
    const check = (filter: Parameters<typeof listConventions>[1], keep: (c: (typeof all)[number]) => boolean) => {
      const result = listConventions(db, filter);
      expect(result.total).toBe(all.filter(keep).length);
      expect(result.total).toBeGreaterThan(0);
    };
    check({ ...page, department: '974' }, (c) => c.department === '974');
    check({ ...page, employerId: 3, status: 'en_cours' }, (c) => c.employer_id === 3 && c.status === 'en_cours');
    check(
      { ...page, measure: 'CAV', endsFrom: '2006-01-01', endsTo: '2006-06-30' },
      (c) => c.measure === 'CAV' && c.ends_on !== null && c.ends_on >= '2006-01-01' && c.ends_on <= '2006-06-30',
    );
    const overseas = listConventions(db, { ...page, department: '974' });
    expect(overseas.items.every((c) => c.measure === 'CAE_DOM' && c.department === '974')).toBe(true);
    db.close();
  });

  it('filters by end date through the end sort indexes, exact at both ends of the calendar, undated conventions never kept by a bound (migration 0028)', () => {
    const db = workspace(2000);
    inTransaction(db, () => {
      db.prepare("UPDATE conventions SET starts_on = '0000-01-01', ends_on = '0000-01-01' WHERE id = 11").run();
      db.prepare("UPDATE conventions SET ends_on = '9999-12-31' WHERE id = 12").run();
      db.prepare('UPDATE conventions SET ends_on = NULL WHERE id IN (13, 14)').run();
    });
    const all = db.prepare('SELECT id, employer_id, ends_on FROM conventions').all() as { id: number; employer_id: number; ends_on: string | null }[];
    expect(all.filter((c) => c.ends_on === null).length).toBeGreaterThan(2);
    const check = (bounds: { endsFrom?: string; endsTo?: string }) => {
      const keep = all.filter(
        (c) => c.ends_on !== null && (!bounds.endsFrom || c.ends_on >= bounds.endsFrom) && (!bounds.endsTo || c.ends_on <= bounds.endsTo),
      );
      const ids = (filter: Parameters<typeof listConventions>[1]) =>
        listConventions(db, filter)
          .items.map((c) => c.id)
          .sort((a, b) => a - b);
      // Counted by convention_end_counts; with an employer, counted and listed through the conventions' indexes.
      expect(listConventions(db, { ...page, ...bounds }).total).toBe(keep.length);
      expect(ids({ limit: 2000, offset: 0, ...bounds })).toEqual(keep.map((c) => c.id).sort((a, b) => a - b));
      for (const employerId of [...new Set([11, 12, 13].map((id) => all.find((c) => c.id === id)!.employer_id))]) {
        const mine = keep.filter((c) => c.employer_id === employerId);
        expect(listConventions(db, { ...page, ...bounds, employerId }).total).toBe(mine.length);
        expect(ids({ limit: 2000, offset: 0, ...bounds, employerId })).toEqual(mine.map((c) => c.id).sort((a, b) => a - b));
      }
      return keep.length;
    };
    expect(check({ endsFrom: '0000-01-01' })).toBe(all.filter((c) => c.ends_on !== null).length);
    expect(check({ endsTo: '9999-12-31' })).toBe(all.filter((c) => c.ends_on !== null).length);
    expect(check({ endsFrom: '0000-01-01', endsTo: '9999-12-31' })).toBe(all.filter((c) => c.ends_on !== null).length);
    expect(check({ endsFrom: '0000-01-01', endsTo: '0000-01-01' })).toBe(1);
    expect(check({ endsTo: '0000-01-01' })).toBe(1);
    expect(check({ endsFrom: '9999-12-31' })).toBe(1);
    expect(check({ endsFrom: '2006-01-01', endsTo: '9999-12-31' })).toBeGreaterThan(1);
    expect(check({ endsFrom: '0000-01-01', endsTo: '2006-06-30' })).toBeGreaterThan(1);
    expect(check({ endsFrom: '2006-01-01', endsTo: '2006-06-30' })).toBeGreaterThan(0);
    expect(check({ endsFrom: '2006-01-01' })).toBeGreaterThan(0);
    expect(check({ endsTo: '2006-06-30' })).toBeGreaterThan(0);
    db.close();
  });

  it('sorts by each whitelisted column, both ways, with stable windows', () => {
    const db = workspace(1200);
    const whole = (by: 'endsOn' | 'employee' | 'number', dir: 'asc' | 'desc') =>
      [0, 400, 800].flatMap((offset) => listConventions(db, { limit: 400, offset, sort: { by, dir } }).items);
    const ends = whole('endsOn', 'asc');
    expect(ends).toHaveLength(1200);
    const dated = ends.filter((c) => c.endsOn !== null).map((c) => c.endsOn!);
    expect(dated).toEqual([...dated].sort());
    expect(ends.slice(0, dated.length).every((c) => c.endsOn !== null)).toBe(true);
    expect(ends.slice(dated.length).every((c) => c.endsOn === null)).toBe(true);
    expect(new Set(ends.map((c) => c.id)).size).toBe(1200);
    const numbers = whole('number', 'desc').map((c) => c.number);
    expect(numbers).toEqual([...numbers].sort().reverse());
    const names = whole('employee', 'asc').map((c) => c.employeeName.split(' ')[0]!);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    db.close();
  });

  it('starts a deep window of the whole list from the anchor before it: the same rows as the window of the whole list read from the top, after writes of this connection and of another', () => {
    const db = workspace(3 * ANCHOR_STEP + 500);
    const other = openDatabase(db.name);
    const sorts = (['number', 'employee', 'endsOn', 'status', 'startsOn'] as const).flatMap((by) => (['asc', 'desc'] as const).map((dir) => ({ by, dir })));
    const offsets = [ANCHOR_STEP - 1, ANCHOR_STEP, 2 * ANCHOR_STEP + 37, 3 * ANCHOR_STEP + 450];
    const check = () => {
      for (const sort of sorts) {
        const whole = listConventions(db, { limit: 10_000, offset: 0, sort }).items.map((c) => c.id);
        for (const offset of offsets) {
          const window = listConventions(db, { limit: 100, offset, sort }).items.map((c) => c.id);
          expect({ sort, offset, window }).toEqual({ sort, offset, window: whole.slice(offset, offset + 100) });
        }
      }
    };
    check();
    // Keys moved, a convention gone and one added by this connection: the anchors of the previous state are not used.
    inTransaction(db, () => {
      db.prepare("UPDATE conventions SET starts_on = '2004-01-01', ends_on = NULL, status = 'terminee' WHERE id % 7 = 0").run();
      db.prepare("UPDATE employees SET last_name = 'AAAA' WHERE id % 11 = 0").run();
      db.prepare('DELETE FROM conventions WHERE id = 1500').run();
    });
    check();
    // The same by another connection (another process): its commit is seen.
    other.prepare("UPDATE conventions SET ends_on = '2012-12-31' WHERE id % 5 = 0").run();
    check();
    // Read inside a transaction then rolled back: nothing of the rolled-back state is kept.
    db.exec('BEGIN');
    db.prepare("UPDATE conventions SET starts_on = '2003-01-01', number = 'Z' || number WHERE id % 3 = 0").run();
    check();
    db.exec('ROLLBACK');
    check();
    other.close();
    db.close();
  });

  it('searches names without accents, numbers, NIR and SIRET, and follows renamed employees and employers', () => {
    const db = workspace(3000);
    expect(listConventions(db, { ...page, search: 'zephyr' }).total).toBe(3);
    expect(listConventions(db, { ...page, search: 'zéph' }).items.every((c) => c.employeeName.startsWith('ZÉPHYR'))).toBe(true);
    expect(listConventions(db, { ...page, search: '974-0609-97401-000003' }).items.map((c) => c.id)).toEqual([3]);
    // A NIR is found by its keyed hash, whole (with or without its key, spaces allowed): the index holds none (issue #15).
    expect(listConventions(db, { ...page, search: bulkNir(17) }).items.map((c) => c.id)).toEqual([17]);
    expect(
      listConventions(db, {
        ...page,
        search: bulkNir(17)
          .slice(0, 13)
          .replace(/^(\d)(\d{2})(\d{2})/, '$1 $2 $3 '),
      }).items.map((c) => c.id),
    ).toEqual([17]);
    expect(listConventions(db, { ...page, search: bulkNir(17).slice(0, 9) }).total).toBe(0);
    expect(listConventions(db, { ...page, search: String(30000000000000 + 5) }).total).toBe(150);
    expect(listConventions(db, { ...page, search: 'zzzz-personne' }).total).toBe(0);

    inTransaction(db, () => db.prepare('UPDATE employees SET nir = ? WHERE id = 17').run(bulkNir(5000)));
    expect(listConventions(db, { ...page, search: bulkNir(5000) }).items.map((c) => c.id)).toEqual([17]);
    expect(listConventions(db, { ...page, search: bulkNir(17) }).total).toBe(0);
    db.prepare("UPDATE employees SET last_name = 'QUÉMÉNER' WHERE id = 17").run();
    expect(listConventions(db, { ...page, search: 'quemener' }).items.map((c) => c.id)).toEqual([17]);
    db.prepare("UPDATE employers SET name = 'Association Les Tilleuls' WHERE id = 6").run();
    expect(listConventions(db, { ...page, search: 'tilleuls' }).total).toBe(150);
    db.prepare('UPDATE conventions SET employer_id = 7 WHERE id = 5').run();
    expect(listConventions(db, { ...page, search: 'tilleuls' }).total).toBe(149);
    db.prepare('DELETE FROM conventions WHERE id = 17').run();
    expect(listConventions(db, { ...page, search: 'quemener' }).total).toBe(0);
    db.close();
  });

  it('answers on 200,000 conventions through the full-text index and the date indexes', () => {
    const db = workspace(200_000);
    expect(listConventions(db, { limit: 50, offset: 0 }).total).toBe(200_000);
    expect(listConventions(db, { ...page, search: 'zephyr' }).total).toBe(Math.floor(200_000 / 997));
    const last = listConventions(db, { limit: 50, offset: 199_950, sort: { by: 'endsOn', dir: 'asc' } });
    expect(last.items).toHaveLength(50);
    expect(last.items.every((c) => c.endsOn === null)).toBe(true);
    const plan = (sql: string, params: object = {}) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT id FROM conventions c WHERE c.id IN (SELECT rowid FROM convention_search WHERE convention_search MATCH 'x*')")).toMatch(
      /VIRTUAL TABLE INDEX/,
    );
    // An end-date range is one range of an end sort index (migration 0028).
    const [range] = criteria({ endsFrom: '2006-01-01', endsTo: '2006-06-30' });
    expect(plan(range!.countSql, range!.params)).toMatch(/^SEARCH c USING COVERING INDEX conventions_by_end_desc \(<expr>>\? AND <expr><\?\)$/);
    const [upTo] = criteria({ endsTo: '2006-06-30' });
    expect(plan(upTo!.countSql, upTo!.params)).toMatch(/^SEARCH c USING COVERING INDEX conventions_by_end_asc \(<expr><\?\)$/);
    db.close();
  }, 120_000);
});
