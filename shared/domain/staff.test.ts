import { describe, expect, it } from 'vitest';
import { staffState, type StaffConventionFacts } from './staff';

const running: StaffConventionFacts = { status: 'en_cours', startsOn: '2009-01-05', endsOn: '2009-12-04', suspended: false };

describe('staff state on a day', () => {
  it('is « en contrat » while a signed convention runs, far from its end', () => {
    expect(staffState([running], '2009-06-15')).toBe('en_contrat');
    expect(staffState([{ ...running, status: 'signee' }], '2009-06-15')).toBe('en_contrat');
  });

  it('is « suspendu » when a suspension or a trial period elsewhere covers the day', () => {
    expect(staffState([{ ...running, suspended: true }], '2009-06-15')).toBe('suspendu');
  });

  it('is « à renouveler » within 60 days of the end, unless a signed convention follows', () => {
    expect(staffState([running], '2009-10-05')).toBe('a_renouveler');
    expect(staffState([running], '2009-10-04')).toBe('en_contrat');
    const next: StaffConventionFacts = { status: 'signee', startsOn: '2009-12-05', endsOn: '2010-06-04', suspended: false };
    expect(staffState([running, next], '2009-10-05')).toBe('en_contrat');
  });

  it('is « embauche à venir » before the hiring of a signed convention, « à enregistrer » with only a convention being entered', () => {
    expect(staffState([running], '2008-12-20')).toBe('a_venir');
    expect(staffState([{ ...running, status: 'brouillon' }], '2009-06-15')).toBe('en_saisie');
    expect(staffState([{ ...running, status: 'a_signer' }], '2009-06-15')).toBe('en_saisie');
  });

  it('is « terminé » once no convention runs: ended, resiliated, denounced, or past its end', () => {
    expect(staffState([{ ...running, status: 'terminee' }], '2009-06-15')).toBe('termine');
    expect(staffState([{ ...running, status: 'resiliee', endsOn: '2009-03-01' }], '2009-06-15')).toBe('termine');
    expect(staffState([{ ...running, status: 'denoncee' }], '2009-06-15')).toBe('termine');
    expect(staffState([running], '2009-12-05')).toBe('termine');
  });
});
