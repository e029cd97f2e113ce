/** Test helpers: the example documents, a contrat d'avenir built from them, and a pure-JS reader's view of a PDF. */
import { readExample } from '../fixtures/index';
import { validateConvention, type ConventionDocument } from '../../shared/rules/index';

export function exampleDocument(name: 'convention-cae' | 'convention-cae-dom'): ConventionDocument {
  const r = validateConvention(readExample(name));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.document;
}

/** A contrat d'avenir for an ASS beneficiary, signed in 2009 (Pôle emploi, then ASP names apply from April). */
export function cavDocument(): ConventionDocument {
  const cae = exampleDocument('convention-cae');
  const r = validateConvention({
    ...cae,
    measure: 'CAV',
    department: '59',
    prescriberCode: '59350',
    filedOn: '2009-04-06',
    signedOn: '2009-04-10',
    employer: { ...cae.employer, name: 'Commune de Lambersart', status: '10', collector: 'URSSAF', address: 'Place de l’Hôtel de Ville, 59130 Lambersart' },
    employee: {
      ...cae.employee,
      civility: 'M',
      lastName: 'LEFÈVRE',
      birthName: null,
      firstNames: 'Benoît',
      nir: '178055935012310',
      address: '12 rue des Écoles, 59000 Lille',
      allowances: ['ASS', 'RMI'],
    },
    contract: {
      ...cae.contract,
      hiredOn: '2009-04-14',
      plannedEnd: '2011-04-13',
      romeCode: '42111',
      jobTitle: 'Agent d’entretien des espaces verts',
      monthlyGross: '1143.00',
      weeklyHours: 26,
    },
    support: { ...cae.support, actionsDuration: '120 heures', referent: 'Plan local pour l’insertion et l’emploi de Lille' },
    funding: { aidRatePercent: '75', otherFunding: false, allowanceDebtorAid: '447.91', allowancePayer: 'Pôle emploi (ASS)' },
    clauses: { monitoring: 'Bilan trimestriel avec le référent', repayment: 'Reversement intégral en cas de dénonciation' },
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.document;
}

export { countOf, pdfFonts, pdfInfo, pdfText, plainText } from './pdf';
