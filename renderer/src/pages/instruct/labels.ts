/** The code lists of form CAE-0515 (Tableaux 1 and 2) and the form's choices, in French. */
import { DOM_CATEGORY_LABELS, educationLevelLabel, EMPLOYER_STATUS_LABELS, EMPLOYMENT_OBLIGATION_LABELS } from '../../../../shared/domain/enums';
import { EDUCATION_LEVELS } from '../../../../shared/rules/document/schema';
import {
  SUPPORT_TIMING_LABELS,
  SUPPORT_TIMINGS,
  TRAINING_NATURE_LABELS,
  TRAINING_NATURES,
  TRAINING_TYPE_LABELS,
  TRAINING_TYPES,
} from '../../../../shared/rules/document/support';
import { COLLECTORS, DOM_CATEGORIES, EMPLOYER_STATUSES, EMPLOYMENT_OBLIGATIONS } from '../../../../shared/rules/vocabulary';

type Options = readonly (readonly [string, string])[];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const EMPLOYER_STATUS_OPTIONS: Options = EMPLOYER_STATUSES.map(
  (s) => [s, /^\d+$/.test(s) ? `${s} — ${EMPLOYER_STATUS_LABELS[s]}` : EMPLOYER_STATUS_LABELS[s]] as const,
);

export const COLLECTOR_OPTIONS: Options = COLLECTORS.map((c) => [c, c === 'AUTRE' ? 'Autre' : c] as const);

export const CIVILITY_OPTIONS: Options = [
  ['M', 'M.'],
  ['MME', 'Mme'],
  ['MLLE', 'Mlle'],
];

/** Tableau 2 : niveau de formation. */
export const EDUCATION_OPTIONS: Options = EDUCATION_LEVELS.map((code) => [code, educationLevelLabel(code)] as const);

export const ALLOWANCE_OPTIONS: Options = [
  ['RMI', 'RMI'],
  ['ASS', 'ASS'],
  ['AAH', 'AAH'],
  ['API', 'API'],
];

export const CONTRACT_TYPE_OPTIONS: Options = [
  ['CDD', 'Contrat à durée déterminée (CDD)'],
  ['CDI', 'Contrat à durée indéterminée (CDI)'],
];

/** Form CAE-0515, « Les actions d’accompagnement et de formation » : the form's choices (shared/rules/document/support.ts). */
export const TRAINING_NATURE_OPTIONS: Options = TRAINING_NATURES.map((c) => [c, TRAINING_NATURE_LABELS[c]] as const);

export const TRAINING_TYPE_OPTIONS: Options = TRAINING_TYPES.map((c) => [c, capitalised(TRAINING_TYPE_LABELS[c])] as const);

export const TIMING_OPTIONS: Options = SUPPORT_TIMINGS.map((c) => [c, SUPPORT_TIMING_LABELS[c]] as const);

/** Art. R. 831-1 (décret du 19 mars 2004, art. 4): who may be hired in a CAE-DOM, 1° to 8° (the former « autre » is not offered). */
export const DOM_CATEGORY_OPTIONS: Options = DOM_CATEGORIES.filter((c) => c !== 'OTHER').map((c) => [c, DOM_CATEGORY_LABELS[c]] as const);

/** The former form's « autre catégorie », shown only for a document that still holds it. */
export const DOM_CATEGORY_OTHER_OPTION = ['OTHER', DOM_CATEGORY_LABELS.OTHER] as const;

/** Art. L. 323-3, 2° to 4° (and the other items), for a beneficiary of the obligation d'emploi who is not a recognised disabled worker. */
export const EMPLOYMENT_OBLIGATION_OPTIONS: Options = EMPLOYMENT_OBLIGATIONS.map((o) => [o, EMPLOYMENT_OBLIGATION_LABELS[o]] as const);

/** Who concludes a contrat d'avenir's convention (art. R. 5134-41 and R. 5134-42): the State through the agency of the day (ANPE, then Pôle emploi). */
export function cavAuthorityOptions(employmentAgency: string): Options {
  return [
    ['STATE', `L’État (${employmentAgency})`],
    ['DEPARTMENT', 'Le département'],
    ['COMMUNE', 'La commune'],
    ['EPCI', 'L’EPCI'],
  ];
}
