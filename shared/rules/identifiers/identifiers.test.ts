import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidRibKey, isValidSepaIban, ribKey } from './bank';
import { isValidDepartment, isValidRomeCode } from './codes';
import { isValidNir, nirKey, nirMismatches } from './nir';
import { completeSiret, isValidSiren, isValidSiret, siretCheckDigit } from './siret';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('SIRET / SIREN (002 formulaire CAE-0515, bloc employeur ; 004 R. 5134-49 1°)', () => {
  it.each([
    ['81943026500028', true], // example file, Luhn sum 40
    ['73282932000074', true], // a well-known published SIRET
    ['81943026500029', false], // last digit changed
    ['8194302650002', false], // 13 digits
    ['8194302650002A', false],
  ])('%s valid: %s', (siret, ok) => expect(isValidSiret(siret)).toBe(ok));

  it('SIREN uses Luhn', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
  });

  it('R. 5134-49 1° / formulaire CAE-0515 « N° SIRET » : un SIRET dont le SIREN (9 premiers chiffres) a une clé fausse est refusé, même si les 14 chiffres passent Luhn', () => {
    // 73282932100072: Luhn sum of the 14 digits is a multiple of 10, but SIREN 732829321 is not Luhn-valid.
    expect(isValidSiret('73282932100072')).toBe(false);
    expect(isValidSiret('81943026600026')).toBe(false);
    expect(() => siretCheckDigit('7328293210007')).toThrow(RangeError);
  });

  it('La Poste (356000000…) is checked by digit sum modulo 5, not Luhn', () => {
    // 3+5+6+1+4 = 19 → not a multiple of 5; 3+5+6+1+5 = 20 → valid.
    expect(isValidSiret('35600000000015')).toBe(true);
    expect(isValidSiret('35600000000014')).toBe(false);
    // The same digits outside La Poste follow Luhn: 35700000000015 has Luhn sum ≠ 0 mod 10.
    expect(isValidSiret('35700000000015')).toBe(false);
  });

  it('property: from a valid SIREN, completeSiret always yields a valid SIRET, and any other last digit is refused (outside La Poste)', () => {
    const validSiren = digits(8).map((first8) => first8 + [...'0123456789'].find((d) => isValidSiren(first8 + d))!);
    fc.assert(
      fc.property(validSiren, digits(4), (siren, nic4) => {
        const first13 = siren + nic4;
        const siret = completeSiret(first13);
        expect(isValidSiret(siret)).toBe(true);
        if (!first13.startsWith('356000000')) {
          const other = (Number(siretCheckDigit(first13)) + 1) % 10;
          expect(isValidSiret(first13 + other)).toBe(false);
        }
      }),
    );
  });
});

describe('NIR (004 R. 5134-49 4°)', () => {
  it('accepts the example NIR and refuses a wrong key', () => {
    expect(isValidNir('275036912345661')).toBe(true);
    expect(isValidNir('275036912345662')).toBe(false);
    expect(isValidNir('27503691234566')).toBe(false);
    expect(isValidNir('575036912345661')).toBe(false); // first digit must be 1, 2 (or 3, 4, 7, 8)
  });

  it('Corsica: 2A counts as 19 and 2B as 18 for the key', () => {
    // 97 − (1850519123456 mod 97) = 33 ; 97 − (1850518123456 mod 97) = 60
    expect(nirKey('185052A123456')).toBe('33');
    expect(nirKey('185052B123456')).toBe('60');
    expect(isValidNir('185052A12345633')).toBe(true);
    expect(isValidNir('185052B12345633')).toBe(false);
  });

  it('property: nirKey produces a key isValidNir accepts, and it is 97 − n mod 97', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2'), digits(2), fc.integer({ min: 1, max: 12 }), digits(8), (sex, yy, mm, rest) => {
        const body = `${sex}${yy}${String(mm).padStart(2, '0')}${rest}`;
        const key = nirKey(body);
        expect(Number(key)).toBe(97 - Number(BigInt(body) % 97n));
        expect(isValidNir(body + key)).toBe(true);
      }),
    );
  });

  it('each inconsistency with sex, birth year, month, department is reported separately', () => {
    const nir = '275036912345661'; // woman, born March 1975 in the Rhône (69)
    expect(nirMismatches(nir, { sex: '2', birthDate: '1975-03-14', birthDepartment: '69' })).toEqual([]);
    expect(nirMismatches(nir, { sex: '1' })).toEqual(['sex']);
    expect(nirMismatches(nir, { birthDate: '1976-04-14' })).toEqual(['year', 'month']);
    expect(nirMismatches(nir, { birthDepartment: '75' })).toEqual(['department']);
  });
});

describe('IBAN and RIB key (002 notice, point 3)', () => {
  it.each([
    ['FR7630006000011234567890189', true],
    ['FR76 3000 6000 0112 3456 7890 189', true],
    ['DE89370400440532013000', true],
    ['FR7630006000011234567890188', false],
    ['US12345678901234567890', false],
  ])('%s valid: %s', (iban, ok) => expect(isValidSepaIban(iban)).toBe(ok));

  it('RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97)', () => {
    // 89 × 30006 + 15 × 00001 + 3 × 12345678901 = 37039710252 ; mod 97 = 8 ; key 89
    expect(ribKey('30006', '00001', '12345678901')).toBe(String(97 - Number((89n * 30006n + 15n * 1n + 3n * 12345678901n) % 97n)).padStart(2, '0'));
    expect(isValidRibKey('30006', '00001', '12345678901', '89')).toBe(true);
    expect(isValidRibKey('30006', '00001', '12345678901', '88')).toBe(false);
  });
});

describe('ROME codes and departments (002 formulaire)', () => {
  it.each([
    ['43311', true],
    ['K1304', true],
    ['4331', false],
    ['Z1304', false],
    ['k1304', false],
  ])('ROME %s valid: %s', (code, ok) => expect(isValidRomeCode(code)).toBe(ok));

  it.each([
    ['01', true],
    ['69', true],
    ['95', true],
    ['2A', true],
    ['2B', true],
    ['971', true],
    ['976', true],
    ['00', false],
    ['20', false],
    ['96', false],
    ['977', false],
    ['2C', false],
  ])('department %s valid: %s', (code, ok) => expect(isValidDepartment(code)).toBe(ok));
});
