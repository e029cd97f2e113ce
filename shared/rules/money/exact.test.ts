import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToEuros, decimalToUnits, fraction, mulDivRound, roundHalfUp } from './exact';

describe('exact money', () => {
  it('rounds half up once, at the end', () => {
    expect(mulDivRound([5], [10])).toBe(1); // 0.5 → 1
    expect(mulDivRound([4], [10])).toBe(0);
    // 90 % × 8,63 € × 20 h × 52 / 12 = 673,14 € exactly
    expect(mulDivRound([9000, 863, 2000, 52], [10000, 100, 12])).toBe(67314);
    // 8,63 € × 20 h × 52 / 12 = 747,9333… → 747,93 €
    expect(mulDivRound([863, 2000, 52], [100, 12])).toBe(74793);
  });
  it('parses decimal strings exactly', () => {
    expect(decimalToUnits('760.00', 2)).toBe(76000);
    expect(decimalToUnits('87.5', 2)).toBe(8750);
    expect(decimalToUnits('1.005', 2)).toBeUndefined();
    expect(decimalToUnits('abc', 2)).toBeUndefined();
    expect(centsToEuros(67314)).toBe('673.14');
  });
  // Results stay below 2^53 (products of at most three factors of 100 000): amounts in cents are far smaller.
  it('property: the fast path and the BigInt path agree, and the result is within half a unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 3 }),
        (f, dv) => {
          const r = mulDivRound(f, dv);
          const exact = fraction(f, dv);
          expect(r).toBe(roundHalfUp(exact));
          const diff = BigInt(r) * exact.den - exact.num; // r − exact, scaled by den
          expect(2n * diff).toBeLessThanOrEqual(exact.den);
          expect(2n * diff).toBeGreaterThan(-exact.den);
        },
      ),
    );
  });
});

describe('display of exact amounts', () => {
  it('formats integer units without floating point', async () => {
    const { euroFr, hoursFr, percentFr, unitsToDecimal } = await import('./exact');
    // French typography (shared/format/money): no-break space before €, narrow no-break space between thousands.
    expect(euroFr(5)).toBe('0,05\u00a0€');
    expect(euroFr(-12345)).toBe('-123,45\u00a0€');
    expect(euroFr(253178)).toBe('2\u202f531,78\u00a0€');
    expect(percentFr(9000)).toBe('90 %');
    expect(percentFr(8750)).toBe('87,5 %');
    expect(hoursFr(1750)).toBe('17,5 h');
    expect(hoursFr(2000)).toBe('20 h');
    expect(unitsToDecimal(8667, 2)).toBe('86.67');
  });
});
