/**
 * The CAE example of test/fixtures/convention-cae.json as a literal (no I/O:
 * the rules' own tests use it), with contract fields to override.
 */
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
    funding: { aidRatePercent: '90' },
    renewals: [],
    events: [],
  };
}
