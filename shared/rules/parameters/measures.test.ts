import { describe, expect, it } from 'vitest';
import { type DatedParameter, valueAt } from './dated';
import { CAE, CAE_DOM, CAV } from './measures';

const refAt = (param: DatedParameter<unknown>, date: string): string | undefined => valueAt(param, date)?.legalRef;

describe('the article each parameter cites, as in force on the date', () => {
  it('R. 5134-47 / R. 5134-48 : avant le 1er mai 2008, un paramètre du contrat d’avenir ne cite pas R. 5134-x comme texte en vigueur ; à partir de ce jour, il le cite', () => {
    for (const [key, param] of Object.entries(CAV)) {
      const before = refAt(param, '2007-06-01');
      expect(before, key).toMatch(
        /^004_270ee0ee401e397b\.txt — avant le 1er mai 2008, disposition de l’ancienne numérotation du code du travail \(texte hors des sources\), reprise au 1er mai 2008 par l’art\. R\. 5134-\d+/,
      );
      expect(refAt(param, '2008-04-30'), key).toBe(before);
      expect(refAt(param, '2008-05-01'), key).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-\d+/);
    }
    expect(refAt(CAV.maxRenewalMonthsOver50OrDisabled, '2008-05-01')).toContain('R. 5134-48, alinéa 2');
    expect(refAt(CAV.observationDays, '2008-05-01')).toContain('R. 5134-51');
  });

  it('L5134-20 : chaque paramètre du CAE cite L322-4-7 ou le formulaire CAE-0515 avant le 1er mai 2008, L5134-20 et suivants à partir de ce jour', () => {
    for (const [key, param] of Object.entries(CAE)) {
      const before = refAt(param, '2007-06-01');
      expect(before, key).toMatch(/^(001_36f2403dfa8c0a26\.txt — art\. L322-4-7|002_d93b7135d023d406\.txt — conditions générales)/);
      expect(before, key).not.toContain('L5134');
      // The form's figure after the recodification: L5134-20 first, the text that spells it out beside.
      const after = refAt(param, '2008-05-01');
      expect(after, key).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20/);
      expect(after, key).toContain(`anciennement ${before}`);
    }
    expect(refAt(CAE.maxRenewals, '2007-06-01')).toContain('« renouvelée deux fois dans la limite de vingt-quatre mois »');
  });

  it('formulaire CAE-0515 « Aides de l’État » : le taux est fixé par arrêté préfectoral, le plafond de 95 % (105 % en atelier et chantier d’insertion) est un paramètre d’un texte hors des sources', () => {
    for (const param of [CAE.aidCapBp, CAE.aidCapInsertionWorkshopBp]) {
      const before = refAt(param, '2007-06-01');
      expect(before).toContain('« fixé annuellement par arrêté préfectoral »');
      expect(before).toContain('le formulaire ne fixe pas de plafond');
      expect(before).toContain('L322-4-7 II, alinéa 1');
      expect(before).toMatch(/plafond de 95 % .*105 % .*paramètre tiré d’un texte réglementaire hors des sources \(R\. 322-16-3 selon reference\/README\.md\)/);
      const after = refAt(param, '2009-01-01');
      expect(after).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 3°/);
      expect(after).toContain('hors des sources (R. 5134-30 selon reference/README.md)');
    }
  });

  it('R. 831-1 8° et R. 831-9 : chaque paramètre du CAE-DOM cite l’alinéa du décret de 2004 qui l’énonce', () => {
    for (const param of [CAE_DOM.minAge, CAE_DOM.maxAge, CAE_DOM.registrationMonths, CAE_DOM.registrationWindowMonths, CAE_DOM.rmiJoblessMonths]) {
      expect(refAt(param, '2004-05-03'), param.name).toMatch(/^003_2988f0b5120431bc\.txt — art\. 4 V \(R\. 831-1, 8° : /);
    }
    for (const param of [CAE_DOM.exemptionMonths, CAE_DOM.exemptionMonthsRmi]) {
      expect(refAt(param, '2004-05-03'), param.name).toContain('art. 11 (R. 831-9, 3e alinéa');
    }
    expect(refAt(CAE_DOM.partialMonthDivisor, '2004-05-03')).toContain('art. 11 (R. 831-9, 2e alinéa');
    for (const param of [CAE_DOM.cdiMonths, CAE_DOM.cdiMonthsRmi]) expect(refAt(param, '2004-05-03')).toContain('art. 7 III (R. 831-4');
    for (const param of [CAE_DOM.paymentMonths, CAE_DOM.paymentMonthsRmi]) expect(refAt(param, '2004-05-03')).toContain('art. 8 III (R. 831-5');
  });
});
