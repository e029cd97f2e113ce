import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNir, isValidSepaIban, isValidSiren, isValidSiret, nirMismatches } from '../../../shared/rules/index';
import { makeFrenchIban, makeNir, makeSiret } from './identifiers';

describe('demo identifiers pass the rules package checks', () => {
  it('builds the SIRET of the example convention', () => {
    // test/fixtures/convention-cae.json: SIRET 81943026500028, which passes its check digits.
    expect(makeSiret('81943026', '0002')).toBe('81943026500028');
  });
  it('builds valid SIRETs from any digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{7}$/), fc.stringMatching(/^\d{4}$/), (a, b) => {
        const siret = makeSiret(a, b);
        return isValidSiret(siret) && isValidSiren(siret.slice(0, 9));
      }),
    );
  });
  it('builds the NIR of the example convention, consistent with sex, birth and department', () => {
    const nir = makeNir({ sex: 2, birthDate: '1975-03-14', department: '69', commune: 123, order: 456 });
    expect(nir).toBe('275036912345661');
    expect(nirMismatches(nir, { sex: '2', birthDate: '1975-03-14', birthDepartment: '69' })).toEqual([]);
    expect(nirMismatches(nir, { sex: '1', birthDate: '1976-03-14', birthDepartment: '69' })).toEqual(['sex', 'year']);
    expect(isValidNir(makeNir({ sex: 1, birthDate: '1980-05-01', department: '2A', commune: 4, order: 12 }))).toBe(true);
    expect(isValidNir(makeNir({ sex: 1, birthDate: '1960-01-20', department: '974', commune: 11, order: 7 }))).toBe(true);
  });
  it('builds French IBANs that pass mod 97 and the RIB key', () => {
    expect(makeFrenchIban('30006', '00001', '12345678901')).toBe('FR7630006000011234567890189');
    expect(isValidSepaIban(makeFrenchIban('12345', '67890', '00000000042'))).toBe(true);
  });
});
