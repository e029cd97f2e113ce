// Printed wording of the document's codes (nationalities, support options; Tableau 2: shared/domain/enums.ts).
import {
  SUPPORT_TIMING_LABELS,
  SUPPORT_TIMINGS as TIMING_CODES,
  TRAINING_NATURE_LABELS,
  TRAINING_NATURES as NATURE_CODES,
  TRAINING_TYPE_LABELS,
  TRAINING_TYPES as TYPE_CODES,
  type SupportTiming,
  type TrainingNature,
  type TrainingType,
} from '../../shared/rules/document/support';

const EU = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'GR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

/** The three boxes of the form: France, Union européenne, hors Union européenne. */
export function nationalityGroup(code: string | null | undefined): 'FR' | 'EU' | 'OTHER' | undefined {
  if (!code) return undefined;
  const c = code.toUpperCase();
  if (c === 'FR' || c === 'FRANCE') return 'FR';
  return EU.has(c) ? 'EU' : 'OTHER';
}

/** Form CAE-0515, « Les actions d’accompagnement et de formation » : each box of the form, code and words (shared/rules/document/support.ts). */
export const TRAINING_NATURES: readonly (readonly [TrainingNature, string])[] = NATURE_CODES.map((c) => [c, TRAINING_NATURE_LABELS[c]] as const);

export const TRAINING_TYPES: readonly (readonly [TrainingType, string])[] = TYPE_CODES.map((c) => [c, TRAINING_TYPE_LABELS[c]] as const);

export const SUPPORT_TIMINGS: readonly (readonly [SupportTiming, string])[] = TIMING_CODES.map((c) => [c, SUPPORT_TIMING_LABELS[c]] as const);

export const ALLOWANCE_LABELS: Record<string, string> = {
  RMI: 'revenu minimum d’insertion (RMI)',
  ASS: 'allocation de solidarité spécifique (ASS)',
  AAH: 'allocation aux adultes handicapés (AAH)',
  API: 'allocation de parent isolé (API)',
};

export const CONTRACT_TYPE_LABELS = { CDD: 'Contrat à durée déterminée (CDD)', CDI: 'Contrat à durée indéterminée (CDI)' } as const;

export const VERSION_KIND_LABELS: Record<string, string> = {
  INITIAL: 'Convention initiale',
  RENEWAL: 'Avenant de renouvellement',
  HOURS_CHANGE: 'Avenant de modification de la durée hebdomadaire',
  EMPLOYER_SUBSTITUTION: 'Avenant de substitution d’employeur',
  MODIFICATION: 'Avenant de modification',
};
