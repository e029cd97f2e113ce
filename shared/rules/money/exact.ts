/**
 * Exact money arithmetic. Every figure here is a product of integers (cents,
 * basis points, hundredths of an hour, 52, days) divided by a product of
 * integers (10 000, 100, 12, days in the month…), so it is computed as one
 * exact fraction and rounded half-up once, at the end. Plain numbers are used
 * while they stay exact (safe integers), BigInt beyond. big.js is not needed:
 * nothing here is a non-integer until the final division.
 */
import { formatCents } from '../format/money';

export interface Fraction {
  num: bigint;
  den: bigint;
}

export function fraction(factors: readonly number[], divisors: readonly number[] = []): Fraction {
  let num = 1n;
  let den = 1n;
  for (const f of factors) num *= BigInt(f);
  for (const d of divisors) den *= BigInt(d);
  if (den === 0n) throw new RangeError('division par zéro');
  return { num, den };
}

/** Half-up rounding to an integer (half away from zero for negatives). */
export function roundHalfUp(f: Fraction): number {
  let { num, den } = f;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const q = (2n * abs + den) / (2n * den);
  return Number(neg ? -q : q);
}

/** Fast path: product of safe integers over a product of safe integers, rounded half-up once. */
export function mulDivRound(factors: readonly number[], divisors: readonly number[]): number {
  let num = 1;
  let den = 1;
  for (const f of factors) num *= f;
  for (const d of divisors) den *= d;
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den) && num >= 0 && den > 0) {
    const q = Math.floor(num / den);
    const r = num - q * den;
    return 2 * r >= den ? q + 1 : q;
  }
  return roundHalfUp(fraction(factors, divisors));
}

/**
 * A decimal string (`"760.00"`, `"87.5"`) as an integer count of 1/10^scale
 * units, or undefined when it has more decimals than `scale` or is not a number.
 * Exact: digits are shifted as text, never through floating point.
 */
export function decimalToUnits(value: string, scale: number): number | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return undefined;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > scale) return undefined;
  const n = Number(`${m[2]}${frac.padEnd(scale, '0')}`);
  if (!Number.isSafeInteger(n)) return undefined;
  return m[1] === '-' ? -n : n;
}

/** Integer units of 1/10^scale as a decimal string (plain integer formatting: this runs for every trace line). */
export function unitsToDecimal(units: number, scale: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`entier attendu, reçu ${units}`);
  const neg = units < 0;
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const out = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return neg ? `-${out}` : out;
}

/** Integer cents as a decimal euro string: 67314 → "673.14". */
export function centsToEuros(cents: number): string {
  return unitsToDecimal(cents, 2);
}

/** Drops trailing zeros of a decimal: "90.00" → "90", "87.50" → "87.5". */
function short(units: number, scale: number): string {
  return unitsToDecimal(units, scale)
    .replace(/\.?0+$/, '')
    .replace('.', ',');
}

/** French display, the one of every screen and document: 253178 → "2 531,78 €" (shared/format/money). */
export function euroFr(cents: number): string {
  return formatCents(cents);
}

export function percentFr(bp: number): string {
  return `${short(bp, 2)} %`;
}

export function hoursFr(hundredths: number): string {
  return `${short(hundredths, 2)} h`;
}
