import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { openDatabase } from './connection';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { countEndingBetween, listConventions } from './repositories/conventions/list';
import { countDueConventions } from './repositories/retention';

const tempDir = useTempDir();
const INDEXES = "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'conventions' AND sql IS NOT NULL ORDER BY name";

describe('0028-fewer-convention-indexes, on a database at version 27 holding a demo', () => {
  it('drops the plain end, measure and status-end indexes, indexes the ends of running conventions, and the list, the dashboard and the retention count the same (issue #16)', () => {
    const file = path.join(tempDir(), 'v27.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 300, seed: 11 }, 27);
    const db = openDatabase(file, { migrations: loadMigrations().slice(0, 27) });
    expect(schemaVersion(db)).toBe(27);
    const filters = [
      { measure: 'CAV' as const },
      { status: 'en_cours' as const, measure: 'CAE' as const },
      { endsFrom: '2008-01-01', endsTo: '2008-12-31' },
      { endsFrom: '2009-01-01' },
      { endsTo: '2007-06-30', measure: 'CAE' as const },
      { endsFrom: '2007-01-01', endsTo: '2010-12-31', employerId: 3 },
    ];
    const lists = () => filters.map((f) => listConventions(db, { limit: 500, offset: 0, ...f, sort: { by: 'endsOn', dir: 'desc' } }));
    const periods = [
      ['2008-01-01', '2008-06-30'],
      ['2009-06-01', '2010-06-01'],
    ] as const;
    // Before, counted without the index 0028 makes (countEndingBetween reads it by name).
    const endingSql = "SELECT count(*) FROM conventions WHERE status IN ('signee', 'en_cours') AND ends_on BETWEEN ? AND ?";
    const before = {
      lists: lists(),
      ending: periods.map(([from, to]) => db.prepare(endingSql).pluck().get(from, to)),
      due: countDueConventions(db, '2009-01-01'),
    };
    expect(before.lists.every((l) => l.total > 0)).toBe(true);
    expect(before.ending.some((n) => (n as number) > 0)).toBe(true);
    expect(before.due).toBeGreaterThan(0);
    expect(db.prepare(INDEXES).pluck().all()).toEqual(expect.arrayContaining(['conventions_ends_on', 'conventions_measure', 'conventions_status_end']));

    expect(migrate(db, loadMigrations(), 28)).toEqual([28]);
    const indexes = db.prepare(INDEXES).pluck().all();
    expect(indexes.filter((name) => ['conventions_ends_on', 'conventions_measure', 'conventions_status_end'].includes(name as string))).toEqual([]);
    expect(indexes).toContain('conventions_running_end');
    expect({ lists: lists(), ending: periods.map(([from, to]) => countEndingBetween(db, from, to)), due: countDueConventions(db, '2009-01-01') }).toEqual(
      before,
    );
    db.close();
  });
});
