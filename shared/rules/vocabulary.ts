/**
 * The words the rules read in a convention: the measures, the employer's
 * status and the contributions collector. The rules own them (they import
 * nothing outside shared/rules); shared/domain/enums.ts adds the labels.
 */

/** The three measures (L5134-20 CAE, R. 5134-x contrat d'avenir, décret du 21 mars 2004 CAE-DOM). */
export const MEASURES = ['CAE', 'CAV', 'CAE_DOM'] as const;
export type Measure = (typeof MEASURES)[number];

/** Contribution collectors named on form CAE-0515. */
export const COLLECTORS = ['URSSAF', 'MSA', 'AUTRE'] as const;
export type Collector = (typeof COLLECTORS)[number];

/**
 * Employer status: Tableau 1 codes of form CAE-0515 where it prints one, words
 * for the rest (see test/fixtures/README.md).
 */
export const EMPLOYER_STATUSES = [
  '10',
  '11',
  '21',
  '22',
  '70',
  '80',
  'ASSOCIATION',
  'PUBLIC_SERVICE_BODY',
  'OTHER_PUBLIC_BODY',
  'STATE_SERVICE',
  'COMPANY',
] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

/** The work contract's type (form CAE-0515 « Nature du contrat de travail »). */
export const CONTRACT_TYPES = ['CDD', 'CDI'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
