/** French words for the codes a convention carries (versions, reasons, deadlines, severities). */
import type { MantineColor } from '@mantine/core';
import type { VersionKind } from '../../../../shared/domain/enums';
import type { RUPTURE_REASONS, SUSPENSION_REASONS } from '../../../../shared/rules/document/schema';

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  INITIAL: 'Convention initiale',
  RENEWAL: 'Avenant de renouvellement',
  HOURS_CHANGE: 'Avenant : durée hebdomadaire',
  EMPLOYER_SUBSTITUTION: 'Avenant : substitution d’employeur',
  MODIFICATION: 'Avenant de modification',
};

export const SUSPENSION_REASON_LABELS: Record<(typeof SUSPENSION_REASONS)[number], string> = {
  ILLNESS: 'Maladie',
  MATERNITY: 'Congé de maternité',
  PATERNITY: 'Congé de paternité',
  ADOPTION: 'Congé d’adoption',
  WORK_ACCIDENT: 'Accident du travail',
  TRIAL_PERIOD_ELSEWHERE: 'Période d’essai chez un autre employeur',
  OTHER: 'Autre motif',
};

export const RUPTURE_REASON_LABELS: Record<(typeof RUPTURE_REASONS)[number], string> = {
  NEW_CDI: 'Embauche en CDI',
  NEW_CDD_6M: 'Embauche en CDD de plus de six mois',
  QUALIFYING_TRAINING: 'Formation qualifiante',
  GROSS_MISCONDUCT: 'Faute grave',
  FORCE_MAJEURE: 'Force majeure',
  INAPTITUDE: 'Inaptitude',
  TRIAL_PERIOD: 'Pendant la période d’essai',
  OTHER: 'Autre motif',
};

const REASON_WORDS: Record<string, string> = { ...SUSPENSION_REASON_LABELS, ...RUPTURE_REASON_LABELS };
export const reasonLabel = (code: string | null) => (code === null ? '—' : (REASON_WORDS[code] ?? code));

export const DEADLINE_LABELS: Record<string, string> = {
  SUSPENSION: 'Déclaration de la suspension',
  RUPTURE: 'Déclaration de la rupture',
  RENEWAL: 'Déclaration du renouvellement',
  PROOF_OF_ACTIVITY: 'Justificatif trimestriel d’activité',
  RENEWAL_REQUEST: 'Demande de renouvellement',
  HOURS_PROGRAMME_NOTICE: 'Prévenance du programme horaire',
  DENUNCIATION_OBSERVATIONS: 'Observations de l’employeur avant dénonciation',
  APPEAL: 'Recours',
};

export const SEVERITY: Record<'error' | 'warning' | 'info', { label: string; color: MantineColor }> = {
  error: { label: 'Erreur', color: 'red' },
  warning: { label: 'Avertissement', color: 'orange' },
  info: { label: 'Information', color: 'blue' },
};

export const REPAYMENT_KIND_LABELS = { FULL: 'Reversement intégral de l’aide', UNDUE: 'Reversement de l’aide indûment perçue' } as const;
