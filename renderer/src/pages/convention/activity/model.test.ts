import { describe, expect, it } from 'vitest';
import { formatHundredths, monthsOf, parseDays, parseHundredths } from './model';

describe('hours and days typed in the Activité tab', () => {
  it('reads hours the French way into hundredths and writes them back', () => {
    expect(parseHundredths('86,67')).toEqual({ ok: true, value: 8667 });
    expect(parseHundredths(' 86.5 h')).toEqual({ ok: true, value: 8650 });
    expect(parseHundredths('0')).toEqual({ ok: true, value: 0 });
    expect(parseHundredths('')).toEqual({ ok: true, value: null });
    expect(parseHundredths('86,667')).toMatchObject({ ok: false, error: expect.stringContaining('2 au plus') as unknown });
    expect(parseHundredths('-3')).toMatchObject({ ok: false, error: 'Nombre d’heures négatif : indiquez 0 ou plus' });
    expect(parseHundredths('745')).toMatchObject({ ok: false, error: 'Plus d’heures qu’un mois n’en compte (744 h au plus)' });
    expect(['86,67', '80', '8,5', '0'].map((t) => formatHundredths((parseHundredths(t) as { value: number }).value))).toEqual(['86,67', '80', '8,5', '0']);
  });

  it('reads whole days from 0 to 31', () => {
    expect(parseDays('12')).toEqual({ ok: true, value: 12 });
    expect(parseDays('32')).toMatchObject({ ok: false, error: '31 jours au plus dans un mois' });
    expect(parseDays('1,5')).toMatchObject({ ok: false });
  });

  it('sends the months with hours worked typed, empty absences and days as 0, in calendar order', () => {
    const row = { worked: null, paidLeave: null, sickLeave: null, otherAbsence: null, suspensionDays: null };
    expect(
      monthsOf({
        '2008-08': { ...row, worked: 8667 },
        '2008-07': { ...row, worked: 7867, paidLeave: 800 },
        '2008-06': { ...row, paidLeave: 100 },
      }),
    ).toEqual([
      { month: '2008-07', workedHundredths: 7867, paidLeaveHundredths: 800, sickLeaveHundredths: 0, otherAbsenceHundredths: 0, unpaidSuspensionDays: 0 },
      { month: '2008-08', workedHundredths: 8667, paidLeaveHundredths: 0, sickLeaveHundredths: 0, otherAbsenceHundredths: 0, unpaidSuspensionDays: 0 },
    ]);
  });
});
