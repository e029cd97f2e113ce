import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, DEADLINE_KINDS, isWorkingDay } from './deadlines';
import { endOfContractMonth, formatDay, parseDay } from './day';

const d = (kind: (typeof DEADLINE_KINDS)[number], n: number, from: string, dep?: string) => computeDeadline(kind, n, from, dep).deadline;

describe('deadlines (002 conditions générales : sept jours francs, deux mois ; 004 R. 5134-60, R. 5134-61)', () => {
  it('002: 7 jours francs after Monday 9 June 2008 end on Tuesday 17 June (D + N + 1)', () => {
    expect(d('jours-francs', 7, '2008-06-09')).toBe('2008-06-17');
  });
  it('002: a deadline falling on a Saturday moves to Monday', () => {
    // 2008-06-06 + 8 = Saturday 14 June → Monday 16 June
    expect(d('jours-francs', 7, '2008-06-06')).toBe('2008-06-16');
  });
  it('R. 5134-60: 15 jours ouvrés skip weekends and the May 2008 holidays (1, 8 and 12 May)', () => {
    // After Fri 2 May: 5,6,7,9,13,14,15,16,19,20,21,22,23,26,27 → 27 May
    expect(d('jours-ouvres', 15, '2008-05-02')).toBe('2008-05-27');
  });
  it('N mois: same day-of-month, clamped to the last day', () => {
    expect(d('mois', 1, '2008-01-31')).toBe('2008-02-29');
    // 2009-02-28 is a Saturday → Monday 2 March
    expect(d('mois', 2, '2008-12-31')).toBe('2009-03-02');
  });
  it('Alsace-Moselle: Good Friday and 26 December are holidays only in 57, 67, 68', () => {
    expect(d('jours', 2, '2008-03-19')).toBe('2008-03-21');
    // 21 March 2008 Good Friday, then weekend, then Easter Monday 24 → 25 March
    expect(d('jours', 2, '2008-03-19', '67')).toBe('2008-03-25');
    expect(d('jours', 1, '2008-12-25')).toBe('2008-12-26');
    expect(d('jours', 1, '2008-12-25', '57')).toBe('2008-12-29');
  });
  it.each([
    ['974', '2007-12-19', '2007-12-20', '2007-12-21'], // La Réunion, 20 December (Thursday)
    ['971', '2008-05-26', '2008-05-27', '2008-05-28'], // Guadeloupe, 27 May (Tuesday)
    ['972', '2008-05-21', '2008-05-22', '2008-05-23'], // Martinique, 22 May (Thursday)
    ['973', '2008-06-09', '2008-06-10', '2008-06-11'], // Guyane, 10 June (Tuesday)
    ['976', '2010-04-26', '2010-04-27', '2010-04-28'], // Mayotte, 27 April (Tuesday)
  ])('abolition of slavery day in %s', (dep, from, national, local) => {
    expect(d('jours', 1, from)).toBe(national);
    expect(d('jours', 1, from, dep)).toBe(local);
  });
  it('end of month N is the day before the same day-of-month N months later', () => {
    expect(formatDay(endOfContractMonth(parseDay('2004-05-03'), 3))).toBe('2004-08-02');
    expect(formatDay(endOfContractMonth(parseDay('2008-01-31'), 1))).toBe('2008-02-28');
  });
  it('property: a deadline never falls on a non-working day and never before its start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEADLINE_KINDS),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: parseDay('2004-01-01'), max: parseDay('2011-12-31') }),
        fc.constantFrom(undefined, '57', '69', '971', '974', '2A'),
        (kind, n, start, dep) => {
          const from = formatDay(start);
          const out = parseDay(d(kind, n, from, dep));
          expect(out).toBeGreaterThanOrEqual(start);
          if (!(kind === 'jours-ouvres' && n === 0)) expect(isWorkingDay(out, dep)).toBe(true);
        },
      ),
    );
  });
});
