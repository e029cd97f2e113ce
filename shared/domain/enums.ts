/**
 * Vocabulary shared by every layer. Legal terms stay French where the texts
 * name them; each list cites where it comes from. The words the rules read
 * (measures, employer statuses, collectors) are the rules package's
 * (shared/rules/vocabulary.ts): here are their labels.
 */
import type { EducationLevel } from '../rules/document/schema';
import type { EmployerStatus, Measure } from '../rules/vocabulary';

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
export const CONVENTION_STATUSES = ['brouillon', 'a_signer', 'signee', 'en_cours', 'terminee', 'resiliee', 'denoncee'] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

/** Statuses past signature: the aid is committed, the convention goes to the payment organisation and may be sent to its employer. */
export const SIGNED_STATUSES = ['signee', 'en_cours', 'terminee', 'resiliee', 'denoncee'] as const satisfies readonly ConventionStatus[];
export const isSigned = (status: ConventionStatus): boolean => (SIGNED_STATUSES as readonly ConventionStatus[]).includes(status);

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

/** Tableau 2 of form CAE-0515 (niveau de formation), the words of the form and of the printed convention. */
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  '70': 'Pas de formation au-delà de la scolarité obligatoire (niveau VI)',
  '60': 'Formation courte, CEP ou attestation de même nature (niveau V bis)',
  '50': 'Niveau BEP ou CAP, diplôme non obtenu',
  '51': 'Diplôme du BEP ou du CAP obtenu (niveau V)',
  '40': 'Niveau du baccalauréat ou du brevet de technicien (niveau IV)',
  '30': 'Niveau BTS, DUT ou fin de premier cycle (niveau III)',
  '20': 'Niveau licence ou école d’ingénieurs (niveau II)',
  '10': 'Troisième cycle ou école d’ingénieurs (niveau I)',
};

/** `51` → `51 — Diplôme du BEP ou du CAP obtenu (niveau V)`; an unknown code as it is, nothing as ''. */
export function educationLevelLabel(code: string | null | undefined): string {
  if (!code) return '';
  const label = (EDUCATION_LEVEL_LABELS as Record<string, string>)[code];
  return label ? `${code} — ${label}` : code;
}
