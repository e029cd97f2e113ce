/** The code lists of form CAE-0515 (Tableaux 1 and 2) and the form's choices, in French. */
import { educationLevelLabel, EMPLOYER_STATUS_LABELS } from '../../../../shared/domain/enums';
import { EDUCATION_LEVELS } from '../../../../shared/rules/document/schema';
import { COLLECTORS, EMPLOYER_STATUSES } from '../../../../shared/rules/vocabulary';

type Options = readonly (readonly [string, string])[];

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

export const TRAINING_NATURE_OPTIONS: Options = [
  ['ADAPTATION', 'Adaptation au poste'],
  ['REFRESHER', 'Remise à niveau'],
  ['NEW_SKILLS', 'Acquisition de nouvelles compétences'],
];

export const TRAINING_TYPE_OPTIONS: Options = [
  ['INTERNAL', 'Interne'],
  ['EXTERNAL', 'Externe'],
];

export const TIMING_OPTIONS: Options = [
  ['OUTSIDE_WORK', 'Hors du temps de travail'],
  ['DURING_WORK', 'Pendant le temps de travail'],
  ['BOTH', 'Pendant et hors temps de travail'],
];

/** Art. R. 831-1 (décret du 19 mars 2004): who may be hired in a CAE-DOM. */
export const DOM_CATEGORY_OPTIONS: Options = [
  ['RMI', '3° Bénéficiaire du revenu minimum d’insertion'],
  ['OBLIGATION_EMPLOI', '4° Bénéficiaire de l’obligation d’emploi (travailleur handicapé)'],
  ['DETENTION', '7° Personne faisant ou ayant fait l’objet d’une peine privative de liberté'],
  ['OVER_50', '8° Plus de 50 ans et moins de 65 ans, 12 mois d’inscription sur 18'],
  ['OTHER', 'Autre catégorie de l’article R. 831-1'],
];
