import { describe, expect, it } from 'vitest';
import { employmentAgencyName, employmentAgencyPhrase, payingAgencyName, payingAgencyPhrase, toOrganisation } from './organisations';

describe('organisation names by date (reference/README.md)', () => {
  it('ANPE until 31/12/2008, then Pôle emploi', () => {
    expect(employmentAgencyName('2008-12-31')).toBe('ANPE');
    expect(employmentAgencyName('2009-01-01')).toBe('Pôle emploi');
  });
  it('CNASEA until 31/03/2009, then ASP', () => {
    expect(payingAgencyName('2009-03-31')).toBe('CNASEA');
    expect(payingAgencyName('2009-04-01')).toBe('ASP');
  });
  it('contracts « à » with the article in messages', () => {
    expect(toOrganisation(payingAgencyPhrase('2008-06-09'))).toBe('au CNASEA');
    expect(toOrganisation(payingAgencyPhrase('2009-06-09'))).toBe('à l’ASP');
    expect(toOrganisation(employmentAgencyPhrase('2008-06-09'))).toBe('à l’ANPE');
    expect(toOrganisation(employmentAgencyPhrase('2009-06-09'))).toBe('à Pôle emploi');
  });
});
