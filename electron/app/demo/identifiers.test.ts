import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, makeFrenchIban, makeNir, makeSiret, nirKey } from './identifiers';

describe('demo identifiers pass their check digits', () => {
  it('builds the SIRET of the example convention (Luhn)', () => {
    // ../shared/examples/convention-cae.json: SIRET 81943026500028, which passes its check digits.
    expect(makeSiret('81943026', '0002')).toBe('81943026500028');
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });
  it('computes the NIR key of the example convention (97 − n mod 97)', () => {
    expect(nirKey('2750369123456')).toBe('61');
    expect(makeNir({ sex: 2, birthDate: '1975-03-14', department: '69', commune: 123, order: 456 })).toBe('275036912345661');
  });
  it('reads Corsica 2A as 19 for the key', () => {
    expect(nirKey('180052A001012')).toBe(String(97 - Number(1800519001012n % 97n)).padStart(2, '0'));
  });
  it('builds French IBANs that pass mod 97', () => {
    const iban = makeFrenchIban('30006', '00001', '12345678901');
    expect(isValidIBAN(iban)).toBe(true);
    expect(iban).toBe('FR7630006000011234567890189');
  });
});
