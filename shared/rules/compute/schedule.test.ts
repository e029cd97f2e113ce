import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import { formatDay, parseDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import { buildContext } from './context';
import { exemption } from './exemption';

const caeDoc = (over: Partial<NonNullable<ConventionDocument['contract']>> = {}): ConventionDocument => ({
  schema: 'cae.convention/1',
  measure: 'CAE',
  department: '69',
  signedOn: '2008-06-05',
  contract: { type: 'CDD', hiredOn: '2008-06-09', plannedEnd: '2008-12-08', monthlyGross: '800.00', weeklyHours: 20, ...over },
  funding: { aidRatePercent: '90' },
});

describe('monthly figures (002 « Aides de l’État » ; reference/README.md 52/12)', () => {
  it('CAE example hired 2008-06-09: SMIC 8,63 € in force (8,71 € only from 1 July 2008)', () => {
    const c = checkConvention(caeDoc()).computed;
    expect(c.smicHourly?.value).toBe(863);
    // 20 h × 52 / 12 = 86,666… → 86,67 h
    expect(c.monthlyHours?.value).toBe(8667);
    // 8,63 × 20 × 52 / 12 = 747,933… → 747,93 €
    expect(c.minimumMonthlyGross?.value).toBe(74793);
    // 90 % × 8,63 × 20 × 52 / 12 = 673,14 € exactly
    expect(c.monthlyAid?.value).toBe(67314);
    expect(c.monthlyAid?.trace.parameters[0]?.legalRef).toContain('smic-horaire-brut.csv');
  });
  it('schedule: monthly in advance, partial months by calendar days, following the 1 July 2008 SMIC', () => {
    const p = checkConvention(caeDoc()).computed.aidPayments ?? [];
    expect(p.map((x) => x.due)).toEqual(['2008-06-09', '2008-07-01', '2008-08-01', '2008-09-01', '2008-10-01', '2008-11-01', '2008-12-01']);
    // June: 673,14 × 22/30 = 493,636 → 493,64 ; July: 90 % × 8,71 × 20 × 52/12 = 679,38 ; December: 679,38 × 8/31 = 175,32
    expect(p.map((x) => x.amountCents)).toEqual([49364, 67938, 67938, 67938, 67938, 67938, 17532]);
    // « Pourquoi ce montant ? » : the June trace names the days, the SMIC and its source.
    const june = p[0]?.trace;
    expect(june?.inputs['périodes']).toBe('du 09/06/2008 au 30/06/2008 : 90 % × 8,63\u00a0€ × 20 h × 52/12 × 22/30 j');
    expect(june?.parameters[0]).toMatchObject({ name: 'SMIC horaire brut', value: '8,63\u00a0€', from: '2008-05-01' });
    expect(june?.result).toBe('493,64\u00a0€');
  });
  it('an hours change applies from the avenant’s date', () => {
    const d = caeDoc();
    d.events = [{ kind: 'HOURS_CHANGE', on: '2008-09-16', weeklyHours: 30 }];
    const sept = checkConvention(d).computed.aidPayments?.find((x) => x.period === '2008-09')?.amountCents;
    // 0.9 × 8.71 × 52/12 × (20 × 15 + 30 × 15) / 30 = 849,225 → 849,23 €
    expect(sept).toBe(84923);
  });
  it('an unpaid suspension of the CAE gives no aid for its days', () => {
    const d = caeDoc();
    d.events = [{ kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-10', reason: 'OTHER', paid: false }];
    const sept = checkConvention(d).computed.aidPayments?.find((x) => x.period === '2008-09')?.amountCents;
    // 679,38 × 20/30 = 452,92 €
    expect(sept).toBe(45292);
  });
  it('property: payments are never negative and never exceed a full month at the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parseDay('2005-01-01'), max: parseDay('2010-06-30') }),
        fc.integer({ min: 6, max: 24 }),
        fc.integer({ min: 20, max: 35 }),
        fc.integer({ min: 1, max: 95 }),
        (hired, months, hours, rate) => {
          const end = formatDay(parseDay(formatDay(hired)) + months * 30);
          const d = caeDoc({ hiredOn: formatDay(hired), plannedEnd: end, weeklyHours: hours });
          d.funding = { aidRatePercent: String(rate) };
          for (const p of checkConvention(d).computed.aidPayments ?? []) {
            expect(p.amountCents).toBeGreaterThanOrEqual(0);
            expect(p.amountCents).toBeLessThanOrEqual(Math.ceil((0.95 * 886 * hours * 52) / 12));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

const domDoc = (type: 'CDD' | 'CDI', hiredOn: string, plannedEnd: string | undefined, rmi: boolean, total: string): ConventionDocument => ({
  schema: 'cae.convention/1',
  measure: 'CAE_DOM',
  department: '971',
  employee: { allowances: rmi ? ['RMI'] : [] },
  contract: { type, hiredOn, ...(plannedEnd ? { plannedEnd } : {}), weeklyHours: 35, monthlyGross: '1300.00' },
  funding: { totalAid: total },
});

describe('CAE-DOM payments (003 art. 8, R. 831-5)', () => {
  it('RMI, CDI: months 3, 12, 24, 30; each payment = total × elapsed / 30 − already paid', () => {
    const p = checkConvention(domDoc('CDI', '2004-05-03', undefined, true, '6000.00')).computed.aidPayments ?? [];
    // 6000 × 3/30 = 600 ; × 12/30 = 2400 − 600 ; × 24/30 = 4800 − 2400 ; 6000 − 4800
    expect(p.map((x) => [x.due, x.amountCents])).toEqual([
      ['2004-08-02', 60000],
      ['2005-05-02', 180000],
      ['2006-05-02', 240000],
      ['2006-11-02', 120000],
    ]);
  });
  it('CDI without RMI: months 3, 12 and 24', () => {
    const p = checkConvention(domDoc('CDI', '2004-05-03', undefined, false, '5000.00')).computed.aidPayments ?? [];
    // 5000 × 3/24 = 625 ; × 12/24 = 2500 − 625 = 1875 ; 5000 − 2500
    expect(p.map((x) => [x.due, x.amountCents])).toEqual([
      ['2004-08-02', 62500],
      ['2005-05-02', 187500],
      ['2006-05-02', 250000],
    ]);
  });
  it('RMI, CDD of 18 months: months 3, 12 and the end', () => {
    const p = checkConvention(domDoc('CDD', '2005-01-01', '2006-06-30', true, '3000.00')).computed.aidPayments ?? [];
    // 3000 × 3/18 = 500 ; × 12/18 = 2000 − 500 ; 3000 − 2000
    expect(p.map((x) => [x.due, x.amountCents])).toEqual([
      ['2005-03-31', 50000],
      ['2005-12-31', 150000],
      ['2006-06-30', 100000],
    ]);
  });
  it('R. 831-5 (décret 2004 art. 8 III) : sans RMI, un CDD de 30 mois est payé à la fin des 3e et 12e mois et à la fin du contrat, pas à la fin du 24e mois', () => {
    const p = checkConvention(domDoc('CDD', '2005-01-01', '2007-06-30', false, '3000.00')).computed.aidPayments ?? [];
    // 3000 × 3/30 = 300 ; × 12/30 = 1200 − 300 ; 3000 − 1200
    expect(p.map((x) => [x.due, x.amountCents, x.period])).toEqual([
      ['2005-03-31', 30000, 'fin du 3e mois'],
      ['2005-12-31', 90000, 'fin du 12e mois'],
      ['2007-06-30', 180000, 'fin du contrat'],
    ]);
  });
  it('R. 831-5 (décret 2004 art. 8 III) : pour les seuls bénéficiaires du RMI, un CDD de plus de 24 mois est aussi payé à la fin du 24e mois', () => {
    const p = checkConvention(domDoc('CDD', '2005-01-01', '2007-04-30', true, '2800.00')).computed.aidPayments ?? [];
    // 2800 × 3/28 = 300 ; × 12/28 = 1200 − 300 ; × 24/28 = 2400 − 1200 ; 2800 − 2400
    expect(p.map((x) => [x.due, x.amountCents])).toEqual([
      ['2005-03-31', 30000],
      ['2005-12-31', 90000],
      ['2006-12-31', 120000],
      ['2007-04-30', 40000],
    ]);
  });
  it('property: the payments sum to the total aid and are never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parseDay('2004-04-01'), max: parseDay('2009-12-31') }),
        fc.integer({ min: 20, max: 900 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 2_000_000 }),
        (hired, days, cdi, rmi, cents) => {
          const total = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
          const d = domDoc(cdi ? 'CDI' : 'CDD', formatDay(hired), cdi ? undefined : formatDay(hired + days), rmi, total);
          const p = checkConvention(d).computed.aidPayments ?? [];
          expect(p.reduce((s, x) => s + x.amountCents, 0)).toBe(cents);
          for (const x of p) expect(x.amountCents).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('exemption (003 art. 11, R. 831-9 ; 002 « Exonération »)', () => {
  it('CAE-DOM: 1/30 per calendar day for a partial month, capped at SMIC × hours paid', () => {
    const ex = exemption(buildContext(domDoc('CDI', '2004-05-03', undefined, false, '5000.00')));
    // May 2004: 29 days × 1/30 × (7,19 × 35 × 52/12) = 29/30 × 1090,4833… = 1054,13 €
    expect(ex?.months[0]).toEqual({ month: '2004-05', baseCents: 105413 });
    // June 2004, a full month: 7,19 × 35 × 52 / 12 = 1090,48 € (< pay 1300 €)
    expect(ex?.months[1]).toEqual({ month: '2004-06', baseCents: 109048 });
    // 24 months from 3 May 2004: the last day is 2 May 2006
    expect(ex?.endsOn).toBe('2006-05-02');
  });
  it('CAE-DOM: unpaid suspensions do not count in the 24 months', () => {
    const d = domDoc('CDI', '2004-05-03', undefined, false, '5000.00');
    d.events = [{ kind: 'SUSPENSION', from: '2005-02-01', to: '2005-02-28', reason: 'ILLNESS', paid: false }];
    expect(exemption(buildContext(d))?.endsOn).toBe('2006-05-30');
  });
});
