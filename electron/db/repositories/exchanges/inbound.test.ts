import { describe, expect, it } from 'vitest';
import { demoAgency, withDb } from '../../../../test/helpers/agency-workspace';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { captureStatements, fullScans, queryPlan } from '../../../../test/helpers/query-plans';
import { paymentsFor, type PaymentLookup } from './inbound';

const tempDir = useTempDir('cae-inbound-');

describe('paymentsFor: the payment lines of a return file matched to the expected aid', () => {
  it('answers each line in the file’s order, whatever order the lookups run in: expected, another period, unknown convention', () => {
    const file = demoAgency(tempDir());
    withDb(file, (db) => {
      const expected = db
        .prepare(
          `SELECT c.number AS conventionNumber, c.id AS conventionId, p.period_start AS periodStart, p.period_end AS periodEnd
           FROM aid_payments p JOIN conventions c ON c.id = p.convention_id ORDER BY c.id DESC, p.period_start DESC`,
        )
        .all() as (PaymentLookup & { conventionId: number })[];
      expect(expected.length).toBeGreaterThan(20);
      const [first, second, third] = expected;
      const last = expected.at(-1)!;
      const lines: PaymentLookup[] = [
        // Latest convention first, the earliest last: the opposite of the order the expected payments are read in.
        first!,
        // The right start but not the expected end: not this period.
        { ...second!, periodEnd: '2030-12-31' },
        { conventionNumber: '069-0101-69012-99999', periodStart: third!.periodStart, periodEnd: third!.periodEnd },
        last,
        third!,
        // The same period twice in one file: both lines matched (the import keeps the first).
        first!,
        // An end before the start, an end that is no date: no period (compared on the length since migration 0021).
        { ...second!, periodEnd: '2000-01-01' },
        { ...second!, periodEnd: '2009-02-30' },
      ];
      const strip = ({ conventionNumber, periodStart, periodEnd }: PaymentLookup) => ({ conventionNumber, periodStart, periodEnd });
      expect(paymentsFor(db, lines.map(strip))).toEqual([
        { conventionKnown: true, conventionId: first!.conventionId },
        { conventionKnown: true },
        { conventionKnown: false },
        { conventionKnown: true, conventionId: last.conventionId },
        { conventionKnown: true, conventionId: third!.conventionId },
        { conventionKnown: true, conventionId: first!.conventionId },
        { conventionKnown: true },
        { conventionKnown: true },
      ]);
      expect(paymentsFor(db, [])).toEqual([]);
    });
  });

  it('looks up a whole file in one statement: conventions by their number, expected payments by their key, no table read whole (issue #16)', () => {
    const file = demoAgency(tempDir());
    withDb(file, (db) => {
      const line = db
        .prepare(
          'SELECT c.number AS conventionNumber, p.period_start AS periodStart, p.period_end AS periodEnd FROM aid_payments p JOIN conventions c ON c.id = p.convention_id LIMIT 1',
        )
        .get() as PaymentLookup;
      const statements = captureStatements(db, () => expect(paymentsFor(db, [line, line])).toHaveLength(2));
      expect(statements).toHaveLength(1);
      const sql = statements[0]!;
      expect(fullScans(db, sql)).toEqual([]);
      const plan = queryPlan(db, sql).map((l) => l.detail);
      expect(plan).toContain('SEARCH c USING COVERING INDEX sqlite_autoindex_conventions_1 (number=?) LEFT-JOIN');
      expect(plan).toContain('SEARCH p USING PRIMARY KEY (convention_id=? AND period_start=?)');
    });
  });
});
