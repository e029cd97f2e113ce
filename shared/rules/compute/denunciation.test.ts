import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { buildContext } from './context';
import { exemption } from './exemption';

/** The example CAE: hired 9 June 2008 until 8 December 2008, 20 h, 800 €, aid 90 %. */
const cae = (decisionNotifiedOn?: string): ConventionDocument => ({
  schema: 'cae.convention/1',
  measure: 'CAE',
  department: '69',
  signedOn: '2008-06-05',
  contract: { type: 'CDD', hiredOn: '2008-06-09', plannedEnd: '2008-12-08', monthlyGross: '800.00', weeklyHours: 20 },
  funding: { aidRatePercent: '90' },
  ...(decisionNotifiedOn ? { denunciation: { intentNotifiedOn: '2008-10-01', decisionNotifiedOn } } : {}),
});

/** A contrat d'avenir hired 14 April 2009 for two years, 26 h, 1 143 €, aid 75 %. */
const cav = (decisionNotifiedOn?: string): ConventionDocument => ({
  schema: 'cae.convention/1',
  measure: 'CAV',
  department: '59',
  signedOn: '2009-04-10',
  employee: { allowances: ['ASS'] },
  contract: { type: 'CDD', hiredOn: '2009-04-14', plannedEnd: '2011-04-13', monthlyGross: '1143.00', weeklyHours: 26 },
  funding: { aidRatePercent: '75' },
  ...(decisionNotifiedOn ? { denunciation: { intentNotifiedOn: '2009-10-05', decisionNotifiedOn } } : {}),
});

describe('dénonciation: the convention ends at the decision', () => {
  it('formulaire CAE-0515, conditions générales (« reversement … en cas de dénonciation ») : décision notifiée le 15/10/2008, plus d’aide après, fin de la convention la veille', () => {
    const { computed } = checkConvention(cae('2008-10-15'));
    // Paid monthly in advance: June to October; nothing falls due in November or December.
    expect(computed.aidPayments?.map((p) => p.due)).toEqual(['2008-06-09', '2008-07-01', '2008-08-01', '2008-09-01', '2008-10-01']);
    expect(computed.conventionEnd?.value).toBe('2008-10-14');
    expect(computed.conventionEnd?.trace.formula).toContain('dénonciation');
    // Decided after 1 May 2008: the recodified code, with the form that spells the rule out.
    expect(computed.conventionEnd?.trace.parameters.find((p) => p.name === 'Dénonciation')?.legalRef).toMatch(
      /L5134-20.*002_d93b7135d023d406\.txt — conditions générales : « Le reversement de ces sommes s’effectue également en cas de dénonciation/,
    );
  });

  it('formulaire CAE-0515, conditions générales : l’assiette exonérée à reverser s’arrête à la veille de la décision de dénonciation (9/6 → 14/10/2008)', () => {
    const { computed } = checkConvention(cae('2008-10-15'));
    const rep = computed.repaymentDue;
    expect(rep?.kind).toBe('FULL');
    // SMIC × 20 h × 52/12 (below the 800 € pay): June 22/30 of 747,93 € = 548,48 ; July to September 754,87 € ;
    // October 14/31 of 754,87 € = 340,91 → 3 154,00 €.
    expect(rep?.exemptedBaseCents).toBe(54848 + 3 * 75487 + 34091);
    expect(exemption(buildContext(cae('2008-10-15')))?.endsOn).toBe('2008-10-14');
    // All the aid received before the decision is repaid: the five months paid in advance.
    expect(rep?.amountCents).toBe(computed.aidPayments!.reduce((s, p) => s + p.amountCents, 0));
    // The undenounced convention exempts up to its planned end: 4 517,63 €.
    expect(exemption(buildContext(cae()))).toMatchObject({ endsOn: '2008-12-08', totalBaseCents: 451763 });
  });

  it('formulaire CAE-0515, conditions générales : après la dénonciation, ni justificatif trimestriel d’un trimestre qui n’est pas commencé ni demande de renouvellement', () => {
    const events = (doc: ConventionDocument) => (checkConvention(doc).computed.reportingDeadlines ?? []).map((d) => d.event);
    expect(events(cae())).toEqual(['PROOF_OF_ACTIVITY', 'PROOF_OF_ACTIVITY', 'RENEWAL_REQUEST']);
    expect(events(cae('2008-10-15'))).toEqual(['PROOF_OF_ACTIVITY', 'DENUNCIATION_OBSERVATIONS', 'APPEAL']);
  });

  it('R. 5134-51 et formulaire CAE-0515 « Voies de recours » : sept jours d’observations après l’avis d’intention, deux mois de recours après la décision, reportés au jour ouvré suivant', () => {
    const d = { ...cae('2008-09-15'), denunciation: { intentNotifiedOn: '2008-09-05', decisionNotifiedOn: '2008-09-15' } };
    const due = (event: string) => checkConvention(d).computed.reportingDeadlines?.find((x) => x.event === event)?.due;
    expect(due('DENUNCIATION_OBSERVATIONS')).toBe('2008-09-12'); // 5 + 7, a Friday
    expect(due('APPEAL')).toBe('2008-11-17'); // 15 November 2008 is a Saturday
    const c = { ...cav(), denunciation: { intentNotifiedOn: '2009-10-05', decisionNotifiedOn: '2009-10-20' } };
    const cavDue = (event: string) => checkConvention(c).computed.reportingDeadlines?.find((x) => x.event === event)?.due;
    expect(cavDue('DENUNCIATION_OBSERVATIONS')).toBe('2009-10-12'); // 5 + 7, a Monday
    expect(cavDue('APPEAL')).toBe('2009-12-21'); // 20 December 2009 is a Sunday
  });
  it('formulaire CAE-0515 : une dénonciation décidée avant le 1er mai 2008 cite le formulaire seul', () => {
    const doc: ConventionDocument = {
      ...cae(),
      signedOn: '2007-06-05',
      contract: { type: 'CDD', hiredOn: '2007-06-11', plannedEnd: '2007-12-10', monthlyGross: '800.00', weeklyHours: 20 },
      denunciation: { intentNotifiedOn: '2007-10-01', decisionNotifiedOn: '2007-10-15' },
    };
    const { computed } = checkConvention(doc);
    expect(computed.conventionEnd?.value).toBe('2007-10-14');
    const ref = computed.conventionEnd?.trace.parameters.find((p) => p.name === 'Dénonciation')?.legalRef;
    expect(ref).toMatch(/^002_d93b7135d023d406\.txt — .*en cas de dénonciation de la convention/);
    expect(computed.repaymentDue?.legalRef).toBe(ref);
  });

  it('R. 5134-52 : contrat d’avenir dénoncé le 20/10/2009, plus d’aide après la décision et l’exonération reversée jusqu’à la veille', () => {
    const { computed } = checkConvention(cav('2009-10-20'));
    expect(computed.aidPayments?.at(-1)?.due).toBe('2009-10-01');
    expect(computed.aidPayments).toHaveLength(7);
    expect(computed.conventionEnd?.value).toBe('2009-10-19');
    expect(computed.conventionEnd?.trace.parameters.find((p) => p.name === 'Dénonciation')?.legalRef).toContain('R. 5134-52');
    expect(exemption(buildContext(cav('2009-10-20')))?.endsOn).toBe('2009-10-19');
    const rep = computed.repaymentDue;
    expect(rep).toMatchObject({ kind: 'FULL', legalRef: expect.stringContaining('R. 5134-52') });
    // The exempted base stops at the decision: well under the base of the whole two years.
    const whole = exemption(buildContext(cav()))!.totalBaseCents;
    expect(rep!.exemptedBaseCents).toBe(exemption(buildContext(cav('2009-10-20')))!.totalBaseCents);
    expect(rep!.exemptedBaseCents).toBeLessThan(whole / 3);
  });

  it('R. 831-5 (décret 2004 art. 8 II : l’aide est versée « pendant la durée de la convention ») : un CAE-DOM dénoncé n’a plus de versement après la décision, et le décret ne prévoit pas de reversement', () => {
    const doc: ConventionDocument = {
      schema: 'cae.convention/1',
      measure: 'CAE_DOM',
      department: '974',
      employee: { allowances: ['RMI'] },
      contract: { type: 'CDI', hiredOn: '2004-05-03', weeklyHours: 35, monthlyGross: '1300.00' },
      funding: { totalAid: '6000.00' },
      denunciation: { intentNotifiedOn: '2005-06-01', decisionNotifiedOn: '2005-06-15' },
    };
    const { computed } = checkConvention(doc);
    expect(computed.aidPayments?.map((p) => p.due)).toEqual(['2004-08-02', '2005-05-02']);
    expect(computed.conventionEnd?.value).toBe('2005-06-14');
    expect(exemption(buildContext(doc))?.endsOn).toBe('2005-06-14');
    expect(computed.repaymentDue).toBeUndefined();
  });
});
