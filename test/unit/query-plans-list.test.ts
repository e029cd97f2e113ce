import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';
import { captureStatements, fullScans, queryPlan } from '../helpers/query-plans';
import { openDatabase } from '../../electron/db/connection';
import { bulkInsertConventions, bulkNir } from '../../electron/db/repositories/conventions/bulk';
import { listConventions, type ConventionFilter } from '../../electron/db/repositories/conventions/list';

const tempDir = useTempDir();

const SORTS = ['number', 'employee', 'employer', 'startsOn', 'endsOn', 'status'] as const;
const FILTERS: Partial<ConventionFilter>[] = [
  {},
  { status: 'en_cours' },
  { department: '974' },
  { employerId: 3 },
  { measure: 'CAV', department: '69' },
  { endsFrom: '2006-01-01', endsTo: '2006-12-31' },
  { search: 'martin' },
  { search: 'zephyr' },
  { search: bulkNir(17) },
  { search: 'martin', status: 'terminee' },
  { search: '974-0609-' },
  { search: '069-0609-69012-0001', status: 'en_cours' },
];

/** The lines of the plan under the window's co-routine (`page`), found by their parents. */
function windowLines(lines: { id: number; parent: number; detail: string }[]): string[] {
  const root = lines.find((l) => l.detail === 'CO-ROUTINE page');
  if (!root) return [];
  const inside = new Set([root.id]);
  for (const line of lines) if (inside.has(line.parent)) inside.add(line.id);
  return lines.filter((l) => l.id !== root.id && inside.has(l.id)).map((l) => l.detail);
}

describe('query plans of the conventions list (issue #16)', () => {
  it('reads every window, sort and filter through an index: never a full scan, a sort only of the rows an index found', () => {
    const db = openDatabase(path.join(tempDir(), 'plans.sqlite'));
    bulkInsertConventions(db, { conventions: 3000, employers: 20 });
    const statements = captureStatements(db, () => {
      for (const by of SORTS)
        for (const dir of ['asc', 'desc'] as const)
          for (const filter of FILTERS) for (const offset of [0, 2500]) listConventions(db, { limit: 100, offset, sort: { by, dir }, ...filter });
    });
    const windows = statements.filter((sql) => sql.includes('WITH page'));
    const walks = windows.filter((sql) => sql.includes('INDEXED BY'));
    const seeks = windows.filter((sql) => !sql.includes('INDEXED BY'));
    // Both ways of finding a window are chosen somewhere in the grid, so both are checked.
    expect(walks.length).toBeGreaterThan(10);
    expect(seeks.length).toBeGreaterThan(10);

    // The detector sees a full scan, alias and all.
    expect(fullScans(db, 'SELECT c.id FROM conventions c WHERE c.created_at > @at')).toEqual(['SCAN c']);
    for (const sql of statements) expect({ sql, scans: fullScans(db, sql) }).toEqual({ sql, scans: [] });
    for (const sql of walks) {
      const lines = windowLines(queryPlan(db, sql));
      expect({ sql, lines }).toEqual({
        sql,
        // A sort index, or for the number the index of its UNIQUE constraint (migration 0024).
        lines: expect.arrayContaining([expect.stringMatching(/^(SCAN|SEARCH) c USING (COVERING )?INDEX (conventions_by_|sqlite_autoindex_conventions_1\b)/)]),
      });
      expect({ sql, sorted: lines.filter((l) => l.includes('TEMP B-TREE')) }).toEqual({ sql, sorted: [] });
    }
    // One status listed by start walks the status index (status, start, id: migration 0016), not the start index across every other status.
    const oneStatusByStart = walks.filter((sql) => sql.includes('c.status = @status') && sql.includes('ORDER BY c.starts_on'));
    expect(oneStatusByStart.length).toBeGreaterThan(0);
    for (const sql of oneStatusByStart) expect(sql).toContain('INDEXED BY conventions_by_status');
    for (const sql of seeks) {
      const lines = windowLines(queryPlan(db, sql));
      // The matches come from an index of their filter or from the full-text index, then are sorted.
      expect({ sql, found: lines.some((l) => /^SEARCH c USING (COVERING )?INDEX|VIRTUAL TABLE/.test(l)) }).toEqual({ sql, found: true });
    }
    db.close();
  }, 60_000);
});
