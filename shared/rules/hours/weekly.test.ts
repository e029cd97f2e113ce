import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from '../document/schema';
import { hoursChangeOn, latestWeeklyHours, weeklyHoursOn } from './inForce';
import { minimumWeeklyHours } from './minimum';
import { hoursToHundredths, hoursToMinutes, hundredthsToHours, minutesToHours, WEEKLY_HOURS, weeklyHoursProblem } from './weekly';

describe('weekly hours: document hours, exchange minutes, computation hundredths', () => {
  it('converts between the three units', () => {
    expect(hoursToMinutes(17.5)).toBe(1050);
    expect(minutesToHours(1050)).toBe(17.5);
    expect(hoursToHundredths(17.5)).toBe(1750);
    expect(hundredthsToHours(1750)).toBe(17.5);
    expect(hoursToMinutes(20)).toBe(1200);
    // A third of an hour stays the nearest minute and hundredth.
    expect(hoursToMinutes(20 + 1 / 3)).toBe(1220);
    expect(hoursToHundredths(20 + 1 / 3)).toBe(2033);
  });

  it('stores 1 to 35 hours and says why not otherwise', () => {
    expect([WEEKLY_HOURS.min, WEEKLY_HOURS.max]).toEqual([1, 35]);
    expect(weeklyHoursProblem(1)).toBeNull();
    expect(weeklyHoursProblem(35)).toBeNull();
    expect(weeklyHoursProblem(0.5)).toBe('une heure par semaine au moins');
    expect(weeklyHoursProblem(36)).toBe('35 heures par semaine au plus');
    expect(weeklyHoursProblem(Number.NaN)).toBe('nombre d’heures attendu (ex. 20 ou 17,5)');
  });
});

describe('CAE weekly minimum (L322-4-7 I al. 7, then L5134-20 and following)', () => {
  it('is 20 h for the CAE, dated, and none for the contrat d’avenir and the CAE-DOM', () => {
    expect(minimumWeeklyHours('CAE', '2007-03-01')).toMatchObject({ value: 20, legalRef: expect.stringContaining('L322-4-7 I, alinéa 7') });
    expect(minimumWeeklyHours('CAE', '2008-06-09')).toMatchObject({ value: 20, legalRef: expect.stringContaining('L5134-20') });
    expect(minimumWeeklyHours('CAE')).toMatchObject({ value: 20, from: '2008-05-01' });
    expect(minimumWeeklyHours('CAE', '2004-12-31')).toBeUndefined();
    expect(minimumWeeklyHours('CAV', '2008-06-09')).toBeUndefined();
    expect(minimumWeeklyHours('CAE_DOM', '2008-06-09')).toBeUndefined();
  });
});

describe('hours in force (form CAE-0515: « toute modification de la durée hebdomadaire » is an avenant)', () => {
  const doc: ConventionDocument = {
    schema: 'cae.convention/1',
    contract: { hiredOn: '2008-06-09', plannedEnd: '2008-12-08', weeklyHours: 20 },
    renewals: [
      { from: '2008-12-09', to: '2009-06-08', weeklyHours: null },
      { from: '2009-06-09', to: '2009-12-08', weeklyHours: 30 },
    ],
    events: [
      { kind: 'SUSPENSION', from: '2008-07-01', to: '2008-07-15' },
      { kind: 'HOURS_CHANGE', on: '2008-10-01', weeklyHours: 26 },
    ],
  };

  it('are the contract’s from the hiring, an avenant’s from its date, a renewal’s when it sets them', () => {
    expect(weeklyHoursOn(doc, '2008-06-08')).toBeUndefined();
    expect(weeklyHoursOn(doc, '2008-06-09')).toBe(20);
    expect(weeklyHoursOn(doc, '2008-09-30')).toBe(20);
    expect(weeklyHoursOn(doc, '2008-10-01')).toBe(26);
    // A renewal without hours keeps those in force.
    expect(weeklyHoursOn(doc, '2008-12-09')).toBe(26);
    expect(weeklyHoursOn(doc, '2009-06-09')).toBe(30);
    expect(latestWeeklyHours(doc)).toBe(30);
    expect(hoursChangeOn(doc, '2008-10-01')).toBe(26);
    expect(hoursChangeOn(doc, '2008-07-01')).toBeUndefined();
  });

  it('on the day a renewal starts, an hours-change avenant of that day wins', () => {
    const same = { ...doc, events: [...doc.events!, { kind: 'HOURS_CHANGE' as const, on: '2009-06-09', weeklyHours: 24 }] };
    expect(weeklyHoursOn(same, '2009-06-09')).toBe(24);
    expect(latestWeeklyHours(same)).toBe(24);
  });
});
