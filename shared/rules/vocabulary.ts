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

/** Tableau 2 of form CAE-0515: niveau de formation (the salarié's, and the level a training aims at). */
export const EDUCATION_LEVELS = ['70', '60', '50', '51', '40', '30', '20', '10'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * CAE-DOM: the category of art. R. 831-1 (as amended by the décret of 2004,
 * art. 4) the beneficiary is hired under. 3° is split between the RMI
 * beneficiary and his spouse, concubin or PACS partner. `OTHER` is the
 * former form's « autre catégorie », kept so documents that hold it still
 * parse: it is judged as a document without category.
 */
export const DOM_CATEGORIES = [
  'JOBSEEKER_12_MONTHS',
  'ASS',
  'RMI',
  'RMI_PARTNER',
  'OBLIGATION_EMPLOI',
  'YOUNG',
  'EMPLOI_JEUNE',
  'DETENTION',
  'OVER_50',
  'OTHER',
] as const;
export type DomCategory = (typeof DOM_CATEGORIES)[number];

/**
 * Beneficiaries of the obligation d'emploi (art. L. 323-3) other than the
 * recognised disabled worker (L. 323-3 1°, the form's « travailleur
 * handicapé » question): 2°, 3° and 4°, which R. 831-1 4° and 8° name, and
 * any other item of L. 323-3, which they do not.
 */
export const EMPLOYMENT_OBLIGATIONS = ['WORK_INJURY_ANNUITY', 'INVALIDITY_PENSION', 'MILITARY_INVALIDITY_PENSION', 'OTHER'] as const;
export type EmploymentObligation = (typeof EMPLOYMENT_OBLIGATIONS)[number];

/**
 * Who concludes a contrat d'avenir's convention (004): the président du conseil
 * général, the maire or the président de l'EPCI (R. 5134-41), or the ANPE —
 * Pôle emploi from 1 January 2009 — for the State (R. 5134-42).
 */
export const CAV_AUTHORITIES = ['STATE', 'DEPARTMENT', 'COMMUNE', 'EPCI'] as const;
export type CavAuthority = (typeof CAV_AUTHORITIES)[number];
