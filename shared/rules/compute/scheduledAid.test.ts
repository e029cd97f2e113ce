import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import { formatDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import { aidPaymentsOf } from './scheduledAid';

/** A CAE, a contrat d'avenir or a CAE-DOM hired on `hired` for `months` months, with or without a rupture and a suspension. */
const documentOf = (measure: 'CAE' | 'CAV' | 'CAE_DOM', hired: number, months: number, rupture: boolean, suspension: boolean): ConventionDocument => {
  const hiredOn = formatDay(hired);
  const plannedEnd = formatDay(hired + Math.round(months * 30.4) - 1);
  const events: NonNullable<ConventionDocument['events']> = [];
  if (suspension) events.push({ kind: 'SUSPENSION', from: formatDay(hired + 40), to: formatDay(hired + 55), reason: 'ILLNESS', paid: false });
  if (rupture) events.push({ kind: 'RUPTURE', on: formatDay(hired + 100), initiative: 'EMPLOYEE', reason: 'NEW_CDI', reportedOn: formatDay(hired + 103) });
  return {
    schema: 'cae.convention/1',
    measure,
    department: measure === 'CAE_DOM' ? '974' : '69',
    signedOn: formatDay(hired - 3),
    contract: { type: 'CDD', hiredOn, plannedEnd, monthlyGross: '1200.00', weeklyHours: measure === 'CAV' ? 26 : 24 },
    funding: measure === 'CAE_DOM' ? { totalAid: '9000.00' } : { aidRatePercent: measure === 'CAV' ? '75' : '90' },
    events,
  };
};

describe('the expected payments alone (aidPaymentsOf)', () => {
  it('« Aides de l’État » (CAE-0515, versée mensuellement par avance), R. 5134-49 10° and 13° (contrat d’avenir) and R. 831-5 (CAE-DOM): the same schedule as checkConvention, ruptures and suspensions included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CAE' as const, 'CAV' as const, 'CAE_DOM' as const),
        fc.integer({ min: 12_900, max: 14_400 }),
        fc.integer({ min: 6, max: 24 }),
        fc.boolean(),
        fc.boolean(),
        (measure, hired, months, rupture, suspension) => {
          const doc = documentOf(measure, hired, months, rupture, suspension);
          const payments = aidPaymentsOf(doc);
          expect(payments.length).toBeGreaterThan(0);
          expect(JSON.stringify(payments)).toBe(JSON.stringify(checkConvention(doc).computed.aidPayments));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('nothing for a draft that lacks its hiring day', () => {
    const doc: ConventionDocument = { schema: 'cae.convention/1', measure: 'CAE', department: '69' };
    expect(aidPaymentsOf(doc)).toEqual([]);
    expect(checkConvention(doc).computed.aidPayments).toBeUndefined();
  });
});
