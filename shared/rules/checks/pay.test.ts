/**
 * The pay follows the SMIC and the hours for the whole contract (issue #13,
 * money item 2): L322-4-7 I al. 8 (then L5134-20 and following) for the CAE,
 * the general SMIC for the contrat d'avenir and the CAE-DOM; 52/12 from
 * reference/README.md; SMIC values from reference/smic-horaire-brut.csv.
 */
import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import { buildContext } from '../compute/context';
import { exemption } from '../compute/exemption';
import type { ConventionDocument } from '../document/schema';
import type { Finding } from './finding';
import { caeExample } from '../../../test/helpers/rule-documents';

const cae = caeExample;

const during = (doc: ConventionDocument): Finding[] => checkConvention(doc).findings.filter((f) => f.code === 'PAY_BELOW_SMIC_DURING_CONTRACT');
const EURO = '\u00a0€';

describe('the pay follows the SMIC revaluations and the hours (L322-4-7 I al. 8 ; L5134-20 et suivants)', () => {
  it('L322-4-7 I al. 8 / L5134-20 : payé au SMIC à l’embauche (9 juin 2008), le salaire doit suivre la revalorisation du 1er juillet 2008', () => {
    // At hiring: 8,63 € × 20 h × 52 / 12 = 747,93 € (no error). From 1 July 2008: 8,71 € × 20 × 52 / 12 = 754,866… → 754,87 €.
    const doc = cae({ monthlyGross: '747.93' });
    expect(checkConvention(doc).findings.map((f) => f.code)).not.toContain('SALARY_BELOW_SMIC');
    const found = during(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', field: 'contract.monthlyGross' });
    expect(found[0]?.message).toContain('À partir du 01/07/2008 (SMIC horaire porté à 8,71');
    expect(found[0]?.message).toContain(`au moins 754,87${EURO}`);
    expect(found[0]?.message).toContain(`le salaire indiqué à l’embauche (747,93${EURO}) doit augmenter d’au moins 6,94${EURO}`);
    // A fact of July 2008 cites the recodified code, naming the old text that states the rule.
    expect(found[0]?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20/);
    expect(found[0]?.legalRef).toContain('L322-4-7 I, alinéa 8');
    expect(found[0]?.legalRef).toContain('smic-horaire-brut.csv');
    // Paid the new minimum from the start: nothing to raise.
    expect(during(cae({ monthlyGross: '754.87' }))).toEqual([]);
  });

  it('L322-4-7 I al. 8 : revalorisation du 1er juillet 2007, avant la recodification : l’ancien article seul', () => {
    // 8,27 € × 20 × 52 / 12 = 716,73 € at hiring; 8,44 € from 1 July 2007: 731,466… → 731,47 €.
    const doc = { ...cae({ hiredOn: '2007-03-05', plannedEnd: '2007-09-04', monthlyGross: '716.73' }), filedOn: '2007-02-26', signedOn: '2007-03-01' };
    const found = during(doc);
    expect(found.map((f) => f.message.slice(0, 26))).toEqual(['À partir du 01/07/2007 (SM']);
    expect(found[0]?.message).toContain(`doit augmenter d’au moins 14,74${EURO}`);
    expect(found[0]?.legalRef).toMatch(/^001_36f2403dfa8c0a26\.txt — art\. L322-4-7 I, alinéa 8 ;/);
    expect(found[0]?.legalRef).not.toContain('L5134');
  });

  it('L322-4-7 I al. 8 : chaque revalorisation du contrat, renouvellement compris (1er mai et 1er juillet 2008)', () => {
    // Hired 3 December 2007 at 8,44 €: 731,47 €. From 1 May 2008 (8,63 €): 747,93 €; from 1 July 2008 (8,71 €): 754,87 €.
    const doc = { ...cae({ hiredOn: '2007-12-03', plannedEnd: '2008-06-02', monthlyGross: '731.47' }), filedOn: '2007-11-26', signedOn: '2007-11-30' };
    doc.renewals = [{ from: '2008-06-03', to: '2008-12-02' }];
    const found = during(doc);
    expect(found.map((f) => /À partir du (\S+)/.exec(f.message)?.[1])).toEqual(['01/05/2008', '01/07/2008']);
    expect(found[0]?.message).toContain(`doit augmenter d’au moins 16,46${EURO}`);
    expect(found[1]?.message).toContain(`doit augmenter d’au moins 23,40${EURO}`);
  });

  it('L322-4-7 I al. 8 : une durée hebdomadaire augmentée (renouvellement, avenant) sans nouveau salaire', () => {
    const doc = cae();
    // 800 € stay above 754,87 € at 20 h; 22 h from the renewal: 8,71 × 22 × 52 / 12 = 830,353… → 830,35 €;
    // 25 h from the avenant of 1 March 2009: 8,71 × 25 × 52 / 12 = 943,583… → 943,58 €.
    doc.renewals = [{ from: '2008-12-09', to: '2009-06-08', weeklyHours: 22 }];
    doc.events = [{ kind: 'HOURS_CHANGE', on: '2009-03-01', weeklyHours: 25 }];
    const found = during(doc);
    expect(found.map((f) => f.message.split(', le salaire')[0])).toEqual([
      'À partir du 09/12/2008 (durée hebdomadaire passée à 22 h)',
      'À partir du 01/03/2009 (durée hebdomadaire passée à 25 h)',
    ]);
    expect(found[0]?.message).toContain(`doit augmenter d’au moins 30,35${EURO}`);
    expect(found[1]?.message).toContain(`doit augmenter d’au moins 143,58${EURO}`);
  });

  it('L322-4-7 I al. 8 : rien après la fin de la convention (rupture avant la revalorisation)', () => {
    const doc = cae({ monthlyGross: '747.93' });
    doc.events = [{ kind: 'RUPTURE', on: '2008-06-30', initiative: 'EMPLOYEE', reason: 'NEW_CDI', reportedOn: '2008-07-01' }];
    expect(during(doc)).toEqual([]);
  });

  it('SMIC (règle générale, texte hors des sources) : le contrat d’avenir suit les revalorisations de 2009 et 2010', () => {
    const doc: ConventionDocument = {
      schema: 'cae.convention/1',
      measure: 'CAV',
      department: '59',
      filedOn: '2008-09-01',
      signedOn: '2008-09-10',
      contract: { type: 'CDD', hiredOn: '2008-09-15', plannedEnd: '2010-09-14', monthlyGross: '990.00', weeklyHours: 26 },
      funding: { aidRatePercent: '75' },
    };
    // 26 h: 8,71 € → 981,33 € at hiring; 8,82 € → 993,72 € on 1 July 2009; 8,86 € → 998,23 € on 1 January 2010.
    const found = during(doc);
    expect(found.map((f) => /À partir du (\S+)/.exec(f.message)?.[1])).toEqual(['01/07/2009', '01/01/2010']);
    expect(found[1]?.message).toContain(`doit augmenter d’au moins 8,23${EURO}`);
    expect(found[0]?.legalRef).toContain('sans texte dans les sources');
    expect(found[0]?.legalRef).toContain('R. 5134-60 (rémunération calculée sur la durée du contrat de travail)');
  });

  it('SMIC (règle générale, texte hors des sources) : le CAE-DOM suit les revalorisations ; R. 831-9 n’est pas cité pour le SMIC', () => {
    const doc: ConventionDocument = {
      schema: 'cae.convention/1',
      measure: 'CAE_DOM',
      department: '974',
      contract: { type: 'CDI', hiredOn: '2004-05-03', monthlyGross: '1200.00', weeklyHours: 35 },
      employee: { allowances: ['RMI'] },
      funding: { totalAid: '6000.00' },
    };
    // 35 h: 7,61 € → 1 154,18 € (2004); 8,03 € → 1 217,88 € (2005); 8,27 € → 1 254,28 € (2006); 30 months with the RMI.
    const found = during(doc);
    expect(found.map((f) => /À partir du (\S+)/.exec(f.message)?.[1])).toEqual(['01/07/2005', '01/07/2006']);
    expect(found[1]?.message).toContain(`doit augmenter d’au moins 54,28${EURO}`);
    for (const f of found) expect(f.legalRef).not.toContain('R. 831-9');
    const atHiring = checkConvention({ ...doc, contract: { ...doc.contract, monthlyGross: '1000.00' } }).findings.find((f) => f.code === 'SALARY_BELOW_SMIC');
    expect(atHiring?.legalRef).toContain('sans texte dans les sources');
    expect(atHiring?.legalRef).not.toContain('R. 831-9');
  });

  it('SMIC (règle générale, texte hors des sources) : le SMIC à l’embauche d’un contrat d’avenir ne cite pas la modulation des horaires', () => {
    const doc: ConventionDocument = {
      schema: 'cae.convention/1',
      measure: 'CAV',
      department: '59',
      contract: { type: 'CDD', hiredOn: '2008-09-15', plannedEnd: '2010-09-14', monthlyGross: '900.00', weeklyHours: 26 },
    };
    const f = checkConvention(doc).findings.find((x) => x.code === 'SALARY_BELOW_SMIC');
    expect(f?.legalRef).toContain('sans texte dans les sources');
    expect(f?.legalRef).not.toContain('modulation');
  });
});

describe('the exempted base follows the revalued SMIC (formulaire CAE-0515 « Exonération » ; L322-4-7 I al. 8)', () => {
  it('formulaire CAE-0515 « Exonération » : à hauteur du SMIC en vigueur, même si le salaire indiqué à l’embauche n’a pas suivi', () => {
    const ex = exemption(buildContext(cae({ monthlyGross: '747.93' })));
    // June 2008 (9–30): 22/30 × 747,93 € = 548,482 → 548,48 €.
    expect(ex?.months[0]).toEqual({ month: '2008-06', baseCents: 54848 });
    // July 2008: 8,71 € × 20 × 52 / 12 = 754,87 €, not the 747,93 € stated at hiring.
    expect(ex?.months[1]).toEqual({ month: '2008-07', baseCents: 75487 });
    expect(ex?.trace.formula).not.toContain('min(salaire');
  });
  it('formulaire CAE-0515 « Exonération » : une durée augmentée par avenant sans nouveau salaire est exonérée sur les nouvelles heures', () => {
    const doc = cae({ monthlyGross: '747.93' });
    doc.events = [{ kind: 'HOURS_CHANGE', on: '2008-10-01', weeklyHours: 25 }];
    const ex = exemption(buildContext(doc));
    // October 2008 at 25 h: 8,71 × 25 × 52 / 12 = 943,58 €, not the stated pay scaled to the hours (747,93 × 25 / 20 = 934,91 €).
    expect(ex?.months.find((m) => m.month === '2008-10')?.baseCents).toBe(94358);
  });
});
