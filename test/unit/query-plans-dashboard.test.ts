import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';
import { captureStatements, fullScans, queryPlan } from '../helpers/query-plans';
import { openDatabase } from '../../electron/db/connection';
import { generateDemoWorkspace } from '../../electron/app/demo/generate';
import { dashboardSummary } from '../../electron/services/dashboard';
import { listExchangeLots } from '../../electron/services/exchanges/lots';
import { lotDetail } from '../../electron/services/exchanges/reads';
import { readExchangeSettings } from '../../electron/services/exchanges/settings';

const tempDir = useTempDir();
const DAY = '2009-06-15';

/**
 * The tables whose sort would grow with the conventions: a temporary B-tree is
 * allowed only in a statement that seeks a few rows by key (the rows of one
 * lot, of a few conventions), never after a scan or a range of a big table.
 */
const BIG = /\b(conventions|convention_versions|aid_payments|contract_events|employees|employers)\b/;

describe('query plans of the dashboard and the Échanges screen (issue #16)', () => {
  it('reads every statement through an index: no full scan of a big table, no sort of one', () => {
    const file = path.join(tempDir(), 'cae.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 400, seed: 3 });
    const db = openDatabase(file);
    const statements = captureStatements(db, () => {
      dashboardSummary(db, DAY);
      readExchangeSettings(db);
      const lots = listExchangeLots(db, DAY).lots;
      expect(lots.length).toBeGreaterThan(0);
      // Every lot page, a rejected line's among them (the records pending for its convention).
      const details = lots.map((lot) => lotDetail(db, lot.id, DAY));
      expect(details.some((d) => d.lines.some((l) => l.status === 'rejected'))).toBe(true);
    });
    expect(statements.length).toBeGreaterThan(15);
    const problems = statements.flatMap((sql) => {
      const lines = queryPlan(db, sql).map((l) => l.detail);
      const scans = fullScans(db, sql);
      // A walk of a whole index is allowed only covering (the counts of conventions by status, of lot lines by lot and status):
      // never row by row in a big table. The lots themselves (one a month) may be read whole.
      const coveringScans = lines.filter((d) => /^SCAN \w+ USING INDEX/.test(d) && !/^SCAN (l|exchange_lots) /.test(d));
      const bigRange = lines.some((d) => /^SCAN /.test(d) && BIG.test(d));
      const sorts = bigRange ? lines.filter((d) => d.startsWith('USE TEMP B-TREE')) : [];
      return [...scans, ...coveringScans, ...sorts].map((d) => `${d}\n  in ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    });
    expect(problems).toEqual([]);
    // The conventions due for purge (shown on the dashboard) are a range of the signed conventions' ends, not every signed convention.
    const due = statements.filter((sql) => /count\(\*\)[\s\S]*< @cutoff/.test(sql));
    expect(due).toHaveLength(1);
    expect(queryPlan(db, due[0]!).map((l) => l.detail)).toEqual(['SEARCH conventions USING INDEX conventions_running_until (<expr><?)']);
    db.close();
  });
});
