import { describe, expect, it } from 'vitest';
import { lineStatusLabel } from './exchange-lines';

describe('line status labels (docs/exchange-format.md, « Cycle de vie » and « Dossier de conventions »)', () => {
  it('says what the payment organisation did with a lot line', () => {
    expect(lineStatusLabel('accepted', false)).toBe('Acceptée');
    expect(lineStatusLabel('rejected', false, true)).toBe('Rejetées');
    expect(lineStatusLabel('resent', false)).toBe('Corrigée et renvoyée');
  });

  it('says whether a line of a convention package received was applied here, the organisation having no part in it', () => {
    expect(lineStatusLabel('accepted', true)).toBe('Appliquée');
    expect(lineStatusLabel('rejected', true)).toBe('Non appliquée');
    expect(lineStatusLabel('accepted', true, true)).toBe('Appliquées');
    // A package sent by the agency is only sent: nobody answers it line by line.
    expect(lineStatusLabel('sent', true)).toBe('Envoyée');
  });
});
