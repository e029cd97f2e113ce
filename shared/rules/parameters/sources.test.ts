import { describe, expect, it } from 'vitest';
import { readableLegalRef, ref } from './sources';

describe('legal references for people', () => {
  it('name the text instead of its source file', () => {
    expect(readableLegalRef(ref('L5134_20', 'art. L5134-20'))).toBe('Code du travail — art. L5134-20');
    expect(readableLegalRef(ref('FORM_CAE_0515', 'conditions générales'))).toBe('Formulaire CAE-0515 — conditions générales');
    expect(readableLegalRef(`${ref('L322_4_7', 'art. L322-4-7')} ; ${ref('CAV_R5134', 'art. R. 5134-61')}`)).toBe(
      'Code du travail (avant le 1er mai 2008) — art. L322-4-7 ; Code du travail (contrat d’avenir) — art. R. 5134-61',
    );
    expect(readableLegalRef('reference/README.md')).toBe('reference/README.md');
  });
});
