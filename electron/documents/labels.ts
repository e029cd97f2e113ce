// Printed wording of the document's codes (nationalities, support options; Tableau 2: shared/domain/enums.ts).

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

export const TRAINING_NATURES: readonly (readonly [string, string])[] = [
  ['ADAPTATION', 'Adaptation au poste'],
  ['REFRESHER', 'Remise à niveau'],
  ['NEW_SKILLS', 'Acquisition de nouvelles compétences'],
];

export const SUPPORT_TIMINGS: readonly (readonly [string, string])[] = [
  ['OUTSIDE_WORK', 'Hors du temps de travail'],
  ['DURING_WORK', 'Pendant le temps de travail'],
  ['BOTH', 'Pendant et hors temps de travail'],
];

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
