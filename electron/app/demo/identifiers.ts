/**
 * Made-up identifiers that pass their check digits, for the demo workspace.
 * The checks themselves (and their legal references) live in the rules
 * package; these build numbers the way those checks verify them.
 */
import { composeIBAN } from 'ibantools';

/** Luhn check digit for a string of digits (SIREN and SIRET use Luhn, INSEE). */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A SIRET whose SIREN (first 9) and whole 14 digits both pass Luhn. */
export function makeSiret(random8: string, random4: string): string {
  const siren = random8 + luhnCheckDigit(random8);
  const first13 = siren + random4;
  return first13 + luhnCheckDigit(first13);
}

/** NIR key: 97 − (number mod 97), with Corsica's 2A/2B read as 19/18. */
export function nirKey(first13: string): string {
  const numeric = first13.replace('2A', '19').replace('2B', '18');
  return String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
}

export interface NirParts {
  sex: 1 | 2;
  birthDate: string;
  /** Two characters (01–95, 2A, 2B) or three for overseas (971–976). */
  department: string;
  commune: number;
  order: number;
}

export function makeNir(p: NirParts): string {
  const yy = p.birthDate.slice(2, 4);
  const mm = p.birthDate.slice(5, 7);
  const place = p.department.length === 3 ? p.department + String(p.commune % 100).padStart(2, '0') : p.department + String(p.commune).padStart(3, '0');
  const first13 = `${p.sex}${yy}${mm}${place}${String(p.order).padStart(3, '0')}`;
  return first13 + nirKey(first13);
}

/** French RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), digits-only account. */
export function ribKey(bank: string, branch: string, account: string): string {
  const n = (89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n;
  return String(97n - n).padStart(2, '0');
}

export function makeFrenchIban(bank: string, branch: string, account: string): string {
  const iban = composeIBAN({ countryCode: 'FR', bban: bank + branch + account + ribKey(bank, branch, account) });
  if (!iban) throw new Error('IBAN de démonstration invalide');
  return iban;
}
