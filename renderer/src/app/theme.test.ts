import { describe, expect, it } from 'vitest';
import { contrastRatio, darkenUntil } from './contrast';
import { CONTROL_BORDER, DIMMED, themePairs } from './theme';

describe('the theme’s colours (WCAG 2.1 AA, 1.4.3 and 1.4.11)', () => {
  it('measures contrast as WCAG does: black on white 21:1, Mantine’s dimmed grey on its page grey 3.15:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#868e96', '#f8f9fa')).toBeCloseTo(3.15, 2);
    expect(contrastRatio('#ffffff', '#228be6')).toBeCloseTo(3.55, 1);
  });

  it('darkens a colour only as much as needed, and keeps a readable one', () => {
    expect(darkenUntil('#495057', ['#ffffff'], 4.5)).toBe('#495057');
    const darker = darkenUntil('#868e96', ['#ffffff'], 4.5);
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(darker, '#ffffff')).toBeLessThan(4.8);
  });

  it('reaches 4.5:1 for every text pair and 3:1 for the borders of fields (WCAG 1.4.3, 1.4.11)', () => {
    const failing = themePairs().filter((p) => p.ratio < p.min);
    expect(failing).toEqual([]);
    expect(themePairs().length).toBeGreaterThan(30);
  });

  it('keeps the dimmed text grey, lighter than the body text', () => {
    expect(contrastRatio(DIMMED, '#ffffff')).toBeLessThan(7);
    expect(contrastRatio(CONTROL_BORDER, '#ffffff')).toBeLessThan(4.5);
  });
});
