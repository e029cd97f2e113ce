/**
 * Made-up identifiers that pass their check digits, for the demo workspace,
 * built with the rules package's own check-digit functions.
 */
import { composeIBAN } from 'ibantools';
import { completeSiret, isValidSiren, nirKey, ribKey } from '../../../shared/rules/index';

/** A SIRET whose SIREN (first 9 digits, Luhn) and whole 14 digits both pass their checks. */
export function makeSiret(random8: string, random4: string): string {
  const sirenKey = [...'0123456789'].find((d) => isValidSiren(random8 + d))!;
  return completeSiret(random8 + sirenKey + random4);
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

export function makeFrenchIban(bank: string, branch: string, account: string): string {
  const iban = composeIBAN({ countryCode: 'FR', bban: bank + branch + account + ribKey(bank, branch, account) });
  if (!iban) throw new Error('IBAN de démonstration invalide');
  return iban;
}
