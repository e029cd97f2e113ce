import { describe, expect, it } from 'vitest';
import { demoAgency, withDb } from '../../../../test/helpers/agency-workspace';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { byConvention, paymentsFor, type PaymentLookup } from './inbound';

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
});

describe('byConvention: the lines of known conventions in the order their expected payments are read', () => {
  it('orders by convention then line, leaving out the unknown ones', () => {
    expect([...byConvention([5, undefined, 3, 5, 3, undefined, 1])]).toEqual([6, 2, 4, 0, 3]);
    expect([...byConvention([])]).toEqual([]);
    expect([...byConvention([undefined, undefined])]).toEqual([]);
  });

  it('gives the same order where a key would not be exact: a convention beyond 2^32, more lines than the key holds', () => {
    expect([...byConvention([2 ** 40, 3, undefined, 2 ** 40, 1, 2 ** 40 - 1])]).toEqual([4, 1, 5, 0, 3]);
    const many: (number | undefined)[] = new Array<number | undefined>(2 ** 21 + 2).fill(undefined);
    many[2 ** 21 + 1] = 7;
    many[5] = 9;
    many[2 ** 21] = 7;
    many[0] = 9;
    expect([...byConvention(many)]).toEqual([2 ** 21, 2 ** 21 + 1, 0, 5]);
  });
});
