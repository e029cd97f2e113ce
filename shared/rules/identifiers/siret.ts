/**
 * SIREN / SIRET check digits. Written by hand: the Luhn sum is four lines,
 * and no library we have knows INSEE's La Poste exception (establishments of
 * SIREN 356000000 are numbered by a digit sum divisible by 5, not by Luhn).
 * A SIRET is the SIREN (9 digits, its own Luhn key) followed by the NIC
 * (5 digits, the last one the key of the 14): both keys must hold.
 */
const LA_POSTE_SIREN = '356000000';

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

export function isValidSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && luhnSum(siren) % 10 === 0;
}

export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (!isValidSiren(siret.slice(0, 9))) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== '35600000000048') return digitSum(siret) % 5 === 0;
  return luhnSum(siret) % 10 === 0;
}

/** The 14th digit that makes `first13` a valid SIRET (for demo data); its first 9 digits must be a valid SIREN. */
export function siretCheckDigit(first13: string): string {
  if (!/^\d{13}$/.test(first13)) throw new RangeError('13 chiffres attendus');
  if (!isValidSiren(first13.slice(0, 9))) throw new RangeError(`SIREN ${first13.slice(0, 9)} invalide (clé de Luhn)`);
  for (let d = 0; d <= 9; d++) {
    if (isValidSiret(first13 + d)) return String(d);
  }
  // La Poste numbers: the digit sum modulo 5 always has a solution among 0–9.
  throw new RangeError(`aucune clé possible pour ${first13}`);
}

export function completeSiret(first13: string): string {
  return first13 + siretCheckDigit(first13);
}
