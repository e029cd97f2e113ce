import { describe, expect, it } from 'vitest';
import type { StaffPerson } from '../../../../shared/api/employer-contract';
import { initialReportYear, reportYears } from './reportYears';

const person = (conventions: Pick<StaffPerson['conventions'][number], 'status' | 'startsOn' | 'endsOn'>[]): StaffPerson =>
  ({
    id: 1,
    fullName: 'MARTIN Claire',
    nirMasked: null,
    birthDate: '1975-03-14',
    state: 'en_contrat',
    conventions: conventions.map((c, i) => ({ id: i + 1, number: `n${i}`, measure: 'CAE', weeklyHours: 20, establishment: 'E', ...c })),
  }) as StaffPerson;

describe('years of the yearly report to the staff representatives (L322-4-7 II)', () => {
  it('offers every year a signed convention ran, up to the workspace’s day, the latest first; drafts and hirings to come are left out', () => {
    const people = [
      person([
        { status: 'terminee', startsOn: '2006-11-02', endsOn: '2008-05-01' },
        { status: 'brouillon', startsOn: '2004-01-05', endsOn: '2004-07-04' },
      ]),
      person([
        { status: 'en_cours', startsOn: '2009-02-02', endsOn: '2010-08-01' },
        { status: 'signee', startsOn: '2009-07-01', endsOn: '2010-06-30' },
      ]),
    ];
    const years = reportYears(people, '2009-06-15');
    expect(years).toEqual([2009, 2008, 2007, 2006]);
    expect(initialReportYear(years, '2009-06-15', null)).toBe(2008);
    expect(initialReportYear(years, '2009-06-15', '2006')).toBe(2006);
    expect(initialReportYear(years, '2009-06-15', '2004')).toBe(2008);
    expect(initialReportYear([2009], '2009-06-15', null)).toBe(2009);
    expect(initialReportYear([], '2009-06-15', null)).toBeNull();
  });
});
