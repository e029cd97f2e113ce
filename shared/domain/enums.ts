/**
 * Vocabulary shared by every layer. Legal terms stay French where the texts
 * name them; each list cites where it comes from.
 */

/** The three measures (L5134-20 CAE, R. 5134-x contrat d'avenir, décret du 21 mars 2004 CAE-DOM). */
export const MEASURES = ['CAE', 'CAV', 'CAE_DOM'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  CAE: "Contrat d'accompagnement dans l'emploi",
  CAV: "Contrat d'avenir",
  CAE_DOM: "Contrat d'accès à l'emploi (DOM)",
};

/** Who uses this installation: an agency that instructs conventions, or an employer that follows its staff. */
export const WORKSPACE_ROLES = ['agence', 'employeur'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export const WORKSPACE_ROLE_LABELS: Record<WorkspaceRole, string> = {
  agence: 'Agence / prescripteur',
  employeur: 'Employeur',
};

/** Life of a convention (brouillon → à signer → signée → en cours → terminée, or résiliée / dénoncée). */
export const CONVENTION_STATUSES = [
  'brouillon',
  'a_signer',
  'signee',
  'en_cours',
  'terminee',
  'resiliee',
  'denoncee',
] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export const CONVENTION_STATUS_LABELS: Record<ConventionStatus, string> = {
  brouillon: 'Brouillon',
  a_signer: 'À signer',
  signee: 'Signée',
  en_cours: 'En cours',
  terminee: 'Terminée',
  resiliee: 'Résiliée',
  denoncee: 'Dénoncée',
};

/** Kinds of convention versions: the initial convention and its avenants (form CAE-0515, conditions générales). */
export const VERSION_KINDS = ['INITIAL', 'RENEWAL', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'MODIFICATION'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** Contract events (form CAE-0515 conditions générales; R. 5134-x for the contrat d'avenir). */
export const EVENT_KINDS = ['SUSPENSION', 'RUPTURE', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'TRIAL_PERIOD_ELSEWHERE'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  SUSPENSION: 'Suspension',
  RUPTURE: 'Rupture',
  HOURS_CHANGE: 'Changement de durée hebdomadaire',
  EMPLOYER_SUBSTITUTION: "Substitution d'employeur",
  TRIAL_PERIOD_ELSEWHERE: "Période d'essai chez un autre employeur",
};

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

export const EMPLOYER_STATUS_LABELS: Record<EmployerStatus, string> = {
  '10': 'Commune',
  '11': 'EPCI',
  '21': 'Département',
  '22': 'Région',
  '70': "Établissement public d'enseignement",
  '80': 'Établissement sanitaire public',
  ASSOCIATION: 'Association, fondation',
  PUBLIC_SERVICE_BODY: "Personne morale chargée d'un service public",
  OTHER_PUBLIC_BODY: 'Autre établissement public',
  STATE_SERVICE: "Service de l'État",
  COMPANY: 'Entreprise',
};

/** Exchange lots with the payment organisation (statuses shown in the Échanges screen). */
export const LOT_STATUSES = ['prepared', 'ready', 'sent', 'accepted', 'partly_rejected', 'rejected', 'resent'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

export const LOT_STATUS_LABELS: Record<LotStatus, string> = {
  prepared: 'Préparé',
  ready: 'Prêt',
  sent: 'Envoyé',
  accepted: 'Accepté',
  partly_rejected: 'Partiellement rejeté',
  rejected: 'Rejeté',
  resent: 'Corrigé et renvoyé',
};
