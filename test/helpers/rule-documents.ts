/**
 * The CAE example of test/fixtures/convention-cae.json as a literal (no I/O:
 * the rules' own tests use it), with contract fields to override.
 */
import { checkConvention } from '../../shared/rules/checkConvention';
import type { ConventionDocument } from '../../shared/rules/document/schema';

export function caeExample(contract: Partial<NonNullable<ConventionDocument['contract']>> = {}): ConventionDocument {
  return {
    schema: 'cae.convention/1',
    measure: 'CAE',
    department: '69',
    filedOn: '2008-06-02',
    signedOn: '2008-06-05',
    employer: {
      name: 'Association Les Jardins du Rhône',
      siret: '81943026500028',
      status: 'ASSOCIATION',
      collector: 'URSSAF',
      iban: 'FR7630006000011234567890189',
      otherStateEmploymentAid: false,
    },
    employee: {
      civility: 'MME',
      lastName: 'MARTIN',
      firstNames: 'Claire',
      birthDate: '1975-03-14',
      birthDepartment: '69',
      nir: '275036912345661',
      educationLevel: '51',
      allowances: ['RMI'],
    },
    contract: {
      type: 'CDD',
      hiredOn: '2008-06-09',
      plannedEnd: '2008-12-08',
      romeCode: '41121',
      jobTitle: 'Ouvrier maraîcher',
      monthlyGross: '800.00',
      weeklyHours: 20,
      reducedHoursJustified: false,
      ...contract,
    },
    // L322-4-7 I al. 2 / L5134-22: accompaniment and training set by the convention (as the fixture).
    support: {
      trainingPlanned: true,
      trainingNature: ['ADAPTATION', 'NEW_SKILLS'],
      targetEducationLevel: '51',
      trainingType: 'EXTERNAL',
      tutor: true,
      externalEmploymentSupportPlanned: true,
      externalEmploymentSupport: 'Mission locale de Lyon',
      externalSocialSupportPlanned: false,
      timing: 'DURING_WORK',
      vae: false,
    },
    funding: { aidRatePercent: '90' },
    renewals: [],
    events: [],
  };
}

/** A CAE-DOM signed in April 2004 (décret du 21 mars 2004). */
export function domExample(): ConventionDocument {
  return {
    schema: 'cae.convention/1',
    measure: 'CAE_DOM',
    department: '974',
    jobOfferFiledOn: '2004-04-20',
    filedOn: '2004-04-26',
    signedOn: '2004-04-30',
    employer: {
      name: 'SARL Transports du Sud',
      siret: '81943026500028',
      status: 'COMPANY',
      collector: 'URSSAF',
      iban: 'FR7630006000011234567890189',
      otherStateEmploymentAid: false,
    },
    employee: {
      civility: 'M',
      lastName: 'PAYET',
      firstNames: 'Jean',
      birthDate: '1952-11-02',
      birthDepartment: '974',
      registeredJobseeker: true,
      jobseekerMonthsInLast18: 13,
      allowances: ['RMI'],
    },
    contract: { type: 'CDI', hiredOn: '2004-05-03', romeCode: '43311', monthlyGross: '1300.00', weeklyHours: 35 },
    funding: { totalAid: '6000.00' },
    supportingDocuments: { aid: ['EMPLOYMENT_PROOF'], rupture: ['RUPTURE_LETTER'] },
    renewals: [],
    events: [],
  };
}

/** A contrat d'avenir (R. 5134-x). */
export function cavExample(): ConventionDocument {
  return {
    schema: 'cae.convention/1',
    measure: 'CAV',
    department: '59',
    filedOn: '2008-09-01',
    signedOn: '2008-09-10',
    employer: {
      name: 'Commune de Lille',
      address: 'Place Augustin Laurent, Lille',
      siret: '81943026500028',
      status: '10',
      collector: 'URSSAF',
      iban: 'FR7630006000011234567890189',
    },
    employee: {
      civility: 'M',
      lastName: 'DUPONT',
      address: '1 rue de Paris, Lille',
      firstNames: 'Paul',
      birthDate: '1980-01-01',
      educationLevel: '50',
      nir: `180015912345${'6'}`.slice(0, 13) + '00',
      allowances: ['RMI'],
    },
    contract: {
      type: 'CDD',
      hiredOn: '2008-09-15',
      plannedEnd: '2010-09-14',
      romeCode: '11111',
      jobTitle: 'Agent d’entretien',
      monthlyGross: '1000.00',
      weeklyHours: 26,
    },
    // R. 5134-49 8° and 9°: nature and duration of the actions, the référent.
    support: { trainingPlanned: true, trainingNature: ['ADAPTATION'], tutor: true, actionsDuration: '120 h', referent: 'PLIE de Lille' },
    funding: { aidRatePercent: '75', allowanceDebtorAid: '447.91', allowancePayer: 'CAF du Nord' },
    clauses: { monitoring: 'bilan trimestriel', repayment: 'reversement intégral en cas de dénonciation' },
    annex: {
      objectives: 'permis de conduire les engins d’entretien',
      programme: '120 h de formation au CFPPA',
      organisationAndEvaluation: 'pendant le temps de travail ; bilan à 6 mois',
      referentIntervention: 'entretien mensuel avec le référent du PLIE',
    },
    renewals: [],
    events: [],
  };
}

/** The findings of a document as `CODE:severity`. */
export const findingCodes = (doc: ConventionDocument, today?: string) =>
  checkConvention(doc, today ? { today } : {}).findings.map((f) => `${f.code}:${f.severity}`);
