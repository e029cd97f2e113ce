import { describe, expect, it } from 'vitest';
import { pathLabel, valueText } from './diffFormat';

describe('pathLabel', () => {
  it('names each segment of a path in French, joined by ›', () => {
    expect(pathLabel('contract.weeklyHours')).toBe('Contrat › Heures hebdomadaires');
    expect(pathLabel('funding.aidRatePercent')).toBe('Financement › Taux de l’aide (%)');
  });

  it('numbers array items from 1 for the reader', () => {
    expect(pathLabel('renewals[0].to')).toBe('Renouvellement 1 › Fin');
    expect(pathLabel('events[2].reportedOn')).toBe('Événement 3 › Signalement');
  });

  it('leaves an unknown key, or a segment it cannot read, as it is', () => {
    expect(pathLabel('employee.birthCountry')).toBe('Salarié › birthCountry');
    expect(pathLabel('measure')).toBe('measure');
    expect(pathLabel('odd-segment[x]')).toBe('odd-segment[x]');
  });
});

describe('valueText', () => {
  it('shows a missing value as a dash', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText(undefined)).toBe('—');
  });

  it('writes an ISO date JJ/MM/AAAA and leaves other text alone', () => {
    expect(valueText('2008-06-09')).toBe('09/06/2008');
    expect(valueText('800.00')).toBe('800.00');
    expect(valueText('2008-06-09T10:00')).toBe('2008-06-09T10:00');
  });

  it('answers Oui or Non for a boolean', () => {
    expect(valueText(true)).toBe('Oui');
    expect(valueText(false)).toBe('Non');
  });

  it('writes numbers the French way (decimal comma, narrow space between thousands)', () => {
    expect(valueText(17.5)).toBe('17,5');
    expect(valueText(1234)).toBe('1\u202f234');
  });

  it('joins list items with semicolons', () => {
    expect(valueText(['ADAPTATION', 'NEW_SKILLS'])).toBe('ADAPTATION ; NEW_SKILLS');
  });

  it('lists the fields of an object in French, skipping empty ones', () => {
    expect(valueText({ from: '2008-12-09', to: '2009-06-08', reason: null, paid: true })).toBe('Début : 09/12/2008 ; Fin : 08/06/2009 ; Rémunérée : Oui');
  });
});
