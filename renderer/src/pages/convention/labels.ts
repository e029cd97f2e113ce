/** French words for the codes a convention carries (versions, reasons, deadlines, severities). */
import type { MantineColor } from '@mantine/core';
import { RUPTURE_REASON_LABELS, SUSPENSION_REASON_LABELS, type VersionKind } from '../../../../shared/domain/enums';

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  INITIAL: 'Convention initiale',
  RENEWAL: 'Avenant de renouvellement',
  HOURS_CHANGE: 'Avenant : durée hebdomadaire',
  EMPLOYER_SUBSTITUTION: 'Avenant : substitution d’employeur',
  MODIFICATION: 'Avenant de modification',
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
  HOURS_PROGRAMME_CHANGE_NOTICE: 'Prévenance de la modification du programme horaire',
  DENUNCIATION_OBSERVATIONS: 'Observations de l’employeur avant dénonciation',
  APPEAL: 'Recours',
};

export const SEVERITY: Record<'error' | 'warning' | 'info', { label: string; color: MantineColor }> = {
  error: { label: 'Erreur', color: 'red' },
  warning: { label: 'Avertissement', color: 'orange' },
  info: { label: 'Information', color: 'blue' },
};

export const REPAYMENT_KIND_LABELS = { FULL: 'Reversement intégral de l’aide', UNDUE: 'Reversement de l’aide indûment perçue' } as const;
