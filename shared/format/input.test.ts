import { describe, expect, it } from 'vitest';
import { formatClock, formatFrAmount, formatFrDate, formatFrHours, formatFrPercent, parseFrAmount, parseFrDate, parseFrHours, parseFrPercent } from './input';

describe('French dates', () => {
  it('reads JJ/MM/AAAA and its usual variants into YYYY-MM-DD', () => {
    expect(parseFrDate('09/06/2008')).toEqual({ ok: true, value: '2008-06-09' });
    expect(parseFrDate(' 9/6/2008 ')).toEqual({ ok: true, value: '2008-06-09' });
    expect(parseFrDate('09.06.2008')).toEqual({ ok: true, value: '2008-06-09' });
    expect(parseFrDate('09062008')).toEqual({ ok: true, value: '2008-06-09' });
    expect(parseFrDate('29/02/2008')).toEqual({ ok: true, value: '2008-02-29' });
    expect(parseFrDate('')).toEqual({ ok: true, value: null });
  });

  it('refuses, in French, a wrong shape and a day that does not exist', () => {
    expect(parseFrDate('2008-06-09')).toEqual({ ok: false, error: 'Date attendue au format JJ/MM/AAAA (ex. 09/06/2008)' });
    expect(parseFrDate('09/06/08')).toMatchObject({ ok: false });
    expect(parseFrDate('31/02/2008')).toEqual({ ok: false, error: 'Cette date n’existe pas au calendrier (31/02/2008)' });
    expect(parseFrDate('29/02/2007')).toMatchObject({ ok: false });
    expect(parseFrDate('01/13/2008')).toMatchObject({ ok: false });
    expect(parseFrDate('01/01/1850')).toMatchObject({ ok: false, error: expect.stringContaining('Année improbable') });
  });

  it('formats back, and round-trips', () => {
    expect(formatFrDate('2008-06-09')).toBe('09/06/2008');
    expect(formatFrDate(null)).toBe('');
    expect(parseFrDate(formatFrDate('1975-03-14'))).toEqual({ ok: true, value: '1975-03-14' });
  });
});

describe('French amounts', () => {
  it('reads spaces, decimal comma or point, and the euro sign into a 2-decimal string', () => {
    expect(parseFrAmount('800,00')).toEqual({ ok: true, value: '800.00' });
    expect(parseFrAmount('1 234,56')).toEqual({ ok: true, value: '1234.56' });
    expect(parseFrAmount('1\u202f234,5 €')).toEqual({ ok: true, value: '1234.50' });
    expect(parseFrAmount('1234.5')).toEqual({ ok: true, value: '1234.50' });
    expect(parseFrAmount('760')).toEqual({ ok: true, value: '760.00' });
    expect(parseFrAmount('0760,00')).toEqual({ ok: true, value: '760.00' });
    expect(parseFrAmount('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses letters, three decimals and negative amounts', () => {
    expect(parseFrAmount('12a')).toMatchObject({ ok: false, error: expect.stringContaining('virgule pour les décimales') });
    expect(parseFrAmount('12,345')).toMatchObject({ ok: false, error: expect.stringContaining('2 décimale(s) au plus') });
    expect(parseFrAmount('-5')).toMatchObject({ ok: false, error: expect.stringContaining('négatif') });
  });

  it('formats with French typography', () => {
    expect(formatFrAmount('1234.56')).toBe('1\u202f234,56');
    expect(formatFrAmount('800.00')).toBe('800,00');
    expect(formatFrAmount('1234567.5')).toBe('1\u202f234\u202f567,50');
    expect(parseFrAmount(formatFrAmount('6000.00'))).toEqual({ ok: true, value: '6000.00' });
  });
});

describe('French percentages and hours', () => {
  it('reads percentages without trailing zeros, 105 % at most', () => {
    expect(parseFrPercent('87,5')).toEqual({ ok: true, value: '87.5' });
    expect(parseFrPercent('90,00')).toEqual({ ok: true, value: '90' });
    expect(parseFrPercent('90 %')).toEqual({ ok: true, value: '90' });
    expect(parseFrPercent('120')).toMatchObject({ ok: false });
    expect(formatFrPercent('87.5')).toBe('87,5');
  });

  it('reads weekly hours', () => {
    expect(parseFrHours('17,5')).toEqual({ ok: true, value: 17.5 });
    expect(parseFrHours('20')).toEqual({ ok: true, value: 20 });
    expect(parseFrHours('100')).toMatchObject({ ok: false });
    expect(formatFrHours(17.5)).toBe('17,5');
    expect(formatFrHours(undefined)).toBe('');
  });

  it('prints a save time as HH:MM', () => {
    expect(formatClock(new Date(2008, 5, 9, 9, 5))).toBe('09:05');
  });
});
