/** Words of the aid follow-up (« Aides »), the same on the screen and in the accountant's CSV. */
import type { ReconciliationStatus } from '../rules/index';

export const RECONCILIATION_STATUS_LABELS: Record<ReconciliationStatus, string> = {
  conforme: 'Conforme',
  ecart: 'Écart',
  non_recu: 'Non reçu',
  a_venir: 'À venir',
  non_prevu: 'Non prévu',
};

export const RECEIVED_SOURCE_LABELS: Record<'fichier_retour' | 'saisie', string> = {
  fichier_retour: 'Fichier retour',
  saisie: 'Saisi',
};
