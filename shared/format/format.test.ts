import { describe, expect, it } from 'vitest';
import { formatDateFr, formatMonthFr } from './date';
import { formatBasisPoints, formatCents } from './money';
import { formatInteger } from './integer';
import { maskNir } from './nir';

describe('display formats', () => {
  it('shows dates as JJ/MM/AAAA', () => {
    expect(formatDateFr('2008-06-09')).toBe('09/06/2008');
    expect(formatDateFr(null)).toBe('');
  });
  it('names months in French', () => {
    expect(formatMonthFr('2008-06')).toBe('juin 2008');
  });
  it('shows amounts as 1 234,56 € with French spaces', () => {
    expect(formatCents(123456).replace(/[\u202f\u00a0]/g, ' ')).toBe('1 234,56 €');
    expect(formatCents(67314)).toMatch(/^673,14\u00a0€$/);
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });
  it('shows aid rates as French percentages', () => {
    expect(formatBasisPoints(9000)).toBe('90\u00a0%');
    expect(formatBasisPoints(8750)).toBe('87,5\u00a0%');
  });
  it('masks the NIR but its last three digits', () => {
    expect(maskNir('275036912345661')).toBe('• •• •• •• ••• ••6 61');
    expect(maskNir('275036912345661')).not.toContain('7503');
    expect(maskNir(null)).toBeNull();
  });

  it('writes counts with a narrow no-break space between thousands, as amounts are', () => {
    expect(formatInteger(177_723)).toBe('177\u202f723');
    expect(formatInteger(100_000)).toBe('100\u202f000');
    expect(formatInteger(999)).toBe('999');
  });
});
