import { describe, expect, it } from 'vitest';
import { requiredDocuments } from './checklist';

describe('documents to send with a reported fact', () => {
  it('R. 5134-61 1° : une rupture du 10/06/2008 cite R. 5134-61 comme texte en vigueur', () => {
    const [item] = requiredDocuments('CAV', { kind: 'RUPTURE', reason: 'OTHER' }, '2008-06-10');
    expect(item!.legalRef).toBe('004_270ee0ee401e397b.txt — art. R. 5134-61 1°');
  });

  it('R. 5134-61 (en vigueur au 1er mai 2008) : une rupture du 10/03/2008 ne cite pas R. 5134-61 comme texte de l’époque', () => {
    const [item] = requiredDocuments('CAV', { kind: 'RUPTURE', reason: 'OTHER' }, '2008-03-10');
    expect(item!.legalRef).toContain('avant le 1er mai 2008');
    expect(item!.legalRef).toContain('texte hors des sources');
    expect(item!.legalRef).toContain('R. 5134-61 1°');
  });

  it('R. 5134-61 6°, appliqué par analogie au CAE : le renouvellement de 2007 cite aussi le formulaire CAE-0515', () => {
    const [item] = requiredDocuments('CAE', { kind: 'RENEWAL' }, '2007-12-01');
    expect(item!.legalRef).toContain('avant le 1er mai 2008');
    expect(item!.legalRef).toContain('appliqué par analogie');
  });
});
