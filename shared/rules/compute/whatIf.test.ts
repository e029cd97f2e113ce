import { describe, expect, it } from 'vitest';
import { caeExample, cavExample, domExample } from '../../../test/helpers/rule-documents';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { whatIfEndedOn } from './whatIf';

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

/** The example CAE: hired 9 June 2008 until 8 December 2008, 20 h, aid 90 %. */
const cae = caeExample();

describe('« Et si… » : what a running convention would cost if it ended today', () => {
  it('formulaire CAE-0515, conditions générales (rupture à l’initiative de l’employeur hors R. 322-16-1 II : « reverser au CNASEA l’intégralité des sommes déjà perçues » et les cotisations exonérées) : rupture le 15/10/2008', () => {
    const w = whatIfEndedOn(cae, '2008-10-15')!;
    // The aid fallen due before that day, paid in advance, as a recorded rupture would compute it:
    // June 22/30 of 673,14 € = 493,64 € and July to October 4 × 679,38 € = 3 211,16 €.
    const recorded = checkConvention({ ...cae, events: [{ kind: 'RUPTURE', on: '2008-10-15', initiative: 'EMPLOYER', reason: 'OTHER' }] }).computed;
    expect(w.rupture).toMatchObject({ scenario: 'RUPTURE', on: '2008-10-15', kind: 'FULL', due: '2008-11-17' });
    expect(w.rupture.amountCents).toBe(recorded.repaymentDue?.amountCents);
    expect(w.rupture.amountCents).toBe(recorded.aidPayments!.reduce((s, p) => s + p.amountCents, 0));
    // SMIC × 20 h × 52/12 from 9 June to 14 October 2008: 548,48 + 3 × 754,87 + 340,91 €.
    expect(w.rupture.exemptedBaseCents).toBe(54848 + 3 * 75487 + 34091);
    expect(w.rupture.legalRef).toMatch(/002_d93b7135d023d406\.txt — conditions générales, reversement/);
    expect(plain(w.rupture.summary)).toBe(
      'Rupture du contrat à l’initiative de l’employeur le 15/10/2008 (hors faute grave, force majeure, inaptitude ou période d’essai) : ' +
        'la convention serait résiliée de plein droit ; l’employeur reverserait au CNASEA toute l’aide déjà perçue, 3 211,16 €, ' +
        'et paierait à l’organisme de recouvrement les cotisations patronales exonérées sur 3 154,00 € de salaires, au plus tard le 17/11/2008.',
    );
    expect(w.rupture.trace?.label).toBe('Reversement de l’aide et des cotisations exonérées');
  });

  it('formulaire CAE-0515, conditions générales (« Le reversement de ces sommes s’effectue également en cas de dénonciation ») : dénonciation notifiée le 15/10/2008, même reversement', () => {
    const w = whatIfEndedOn(cae, '2008-10-15')!;
    expect(w.denunciation).toMatchObject({ kind: 'FULL', amountCents: w.rupture.amountCents, exemptedBaseCents: w.rupture.exemptedBaseCents });
    expect(w.denunciation.legalRef).toMatch(/en cas de dénonciation/);
    expect(plain(w.denunciation.summary)).toMatch(/^Dénonciation de la convention notifiée le 15\/10\/2008 : la convention prendrait fin ce jour-là ; /);
  });

  it('R. 5134-63 et R. 5134-52 : contrat d’avenir rompu le 16/03/2009, seule la part du mois versée d’avance est indue ; dénoncé, toute l’aide perçue se reverse', () => {
    const w = whatIfEndedOn(cavExample(), '2009-03-16')!;
    // March 2009 paid in advance: 736,00 € × 16/31 days after the rupture = 379,87 €.
    expect(w.rupture).toMatchObject({ kind: 'UNDUE', amountCents: 37987, exemptedBaseCents: 0, due: null });
    expect(w.rupture.legalRef).toMatch(/R\. 5134-63/);
    expect(plain(w.rupture.summary)).toContain('la part versée d’avance pour la suite du mois, 379,87 €, serait indue et à reverser au CNASEA');
    expect(w.denunciation.kind).toBe('FULL');
    expect(w.denunciation.legalRef).toMatch(/R\. 5134-52/);
  });

  it('R. 831-7 et R. 831-5 : CAE-DOM en CDI, le licenciement reverse l’aide versée ; la dénonciation, que le décret ne prévoit pas, rien', () => {
    const w = whatIfEndedOn(domExample(), '2005-01-10')!;
    // Only the payment at the end of the 3rd month (600,00 €) has fallen due.
    expect(w.rupture).toMatchObject({ kind: 'FULL', amountCents: 60000 });
    expect(w.rupture.legalRef).toMatch(/R\. 831-7/);
    expect(w.denunciation).toMatchObject({ kind: 'NONE', amountCents: 0, trace: null });
    expect(w.denunciation.legalRef).toMatch(/R\. 831-5/);
    expect(plain(w.denunciation.summary)).toContain('le décret de 2004 ne prévoit pas de reversement en cas de dénonciation d’un CAE-DOM');
  });

  it('nothing to simulate for a convention that does not run that day: before hiring, after its end, or already ended early', () => {
    expect(whatIfEndedOn(cae, '2008-06-08')).toBeUndefined();
    expect(whatIfEndedOn(cae, '2008-12-09')).toBeUndefined();
    const ruptured: ConventionDocument = { ...cae, events: [{ kind: 'RUPTURE', on: '2008-09-01', initiative: 'EMPLOYEE', reason: 'NEW_CDI' }] };
    expect(whatIfEndedOn(ruptured, '2008-10-01')).toBeUndefined();
    expect(whatIfEndedOn(cae, '2008-12-08')).toBeDefined();
  });
});
