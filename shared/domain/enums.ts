/**
 * Vocabulary shared by every layer. Legal terms stay French where the texts
 * name them; each list cites where it comes from. The words the rules read
 * (measures, employer statuses, collectors) are the rules package's
 * (shared/rules/vocabulary.ts): here are their labels.
 */
import type { DOM_AID_DOCUMENTS, DOM_RUPTURE_DOCUMENTS, EducationLevel, RUPTURE_REASONS, SUSPENSION_REASONS } from '../rules/document/schema';
import type { DomCategory, EmployerStatus, EmploymentObligation, Measure } from '../rules/vocabulary';

export const MEASURE_LABELS: Record<Measure, string> = {
  CAE: "Contrat d'accompagnement dans l'emploi",
  CAV: "Contrat d'avenir",
  CAE_DOM: "Contrat d'accès à l'emploi (DOM)",
};

/** The measure as the convention's readers say it, short enough for a table cell. */
export const MEASURE_SHORT_LABELS: Record<Measure, string> = { CAE: 'CAE', CAV: 'Contrat d’avenir', CAE_DOM: 'CAE-DOM' };

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

/**
 * CAE-DOM: the supporting documents the convention lists (R. 831-4 j and k).
 * R. 831-5 pays the aid on « un justificatif attestant de l'emploi du
 * bénéficiaire du contrat dans l'établissement »; R. 831-7 names the ruptures
 * that keep the aid (faute grave, force majeure, inaptitude); the other
 * documents are the usual ones (docs/rules.md).
 */
export const DOM_AID_DOCUMENT_LABELS: Record<(typeof DOM_AID_DOCUMENTS)[number], string> = {
  EMPLOYMENT_PROOF: 'Justificatif attestant de l’emploi du bénéficiaire dans l’établissement, à chaque échéance (art. R. 831-5)',
  PAYSLIPS: 'Copie des bulletins de salaire de la période',
  CONTRACT_COPY: 'Copie du contrat de travail signé (premier versement)',
};

export const DOM_RUPTURE_DOCUMENT_LABELS: Record<(typeof DOM_RUPTURE_DOCUMENTS)[number], string> = {
  RUPTURE_LETTER: 'Copie de la lettre de rupture ou de licenciement',
  MISCONDUCT_OR_FORCE_MAJEURE_PROOF: 'En cas de faute grave ou de force majeure, la pièce qui l’établit (art. R. 831-7)',
  INAPTITUDE_NOTICE: 'En cas de licenciement pour inaptitude, l’avis d’inaptitude du médecin du travail (art. R. 831-7)',
  LAST_PAYSLIP: 'Dernier bulletin de salaire et certificat de travail',
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

/** Reasons of a suspension and of a rupture (form CAE-0515 conditions générales), as the convention page and the staff timeline say them. */
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

/**
 * CAE-DOM, art. R. 831-1 as amended by the décret of 2004 (art. 4): the
 * categories of beneficiaries, as the form and the printed convention name
 * them. 1°, 2° and 5° are not amended by the decree (their text is not in the
 * sources, see docs/rules.md). `OTHER` is the former form's choice, not offered any more.
 */
export const DOM_CATEGORY_LABELS: Record<DomCategory, string> = {
  JOBSEEKER_12_MONTHS: '1° Inscrit comme demandeur d’emploi au moins 12 mois durant les 18 mois qui précèdent l’embauche',
  ASS: '2° Bénéficiaire de l’allocation de solidarité spécifique (art. L. 351-10)',
  RMI: '3° Bénéficiaire du revenu minimum d’insertion',
  RMI_PARTNER: '3° Conjoint, concubin ou partenaire lié par un PACS d’un bénéficiaire du revenu minimum d’insertion',
  OBLIGATION_EMPLOI: '4° Travailleur reconnu handicapé ou bénéficiaire de l’obligation d’emploi (art. L. 323-3, 2° à 4°)',
  YOUNG: '5° Jeune de 18 à moins de 26 ans rencontrant des difficultés particulières d’accès à l’emploi',
  EMPLOI_JEUNE: '6° Bénéficiaire d’une convention de l’art. L. 322-4-18 (emploi-jeune) dont le contrat arrive à son terme avant le 1er janvier 2008',
  DETENTION: '7° Personne faisant ou ayant fait l’objet d’une peine privative de liberté',
  OVER_50: '8° Plus de 50 et moins de 65 ans : 12 mois d’inscription sur 18, obligation d’emploi, ou RMI et sans emploi depuis plus d’un an',
  OTHER: 'Autre catégorie de l’article R. 831-1 (à préciser)',
};

/** The obligation d'emploi (art. L. 323-3) other than the recognised disabled worker (1°): R. 831-1 4° names its 2°, 3° and 4°. */
export const EMPLOYMENT_OBLIGATION_LABELS: Record<EmploymentObligation, string> = {
  WORK_INJURY_ANNUITY: 'L. 323-3 2° — Victime d’un accident du travail ou d’une maladie professionnelle (incapacité d’au moins 10 %), titulaire d’une rente',
  INVALIDITY_PENSION: 'L. 323-3 3° — Titulaire d’une pension d’invalidité (capacité de travail réduite des deux tiers au moins)',
  MILITARY_INVALIDITY_PENSION: 'L. 323-3 4° — Ancien militaire ou assimilé titulaire d’une pension militaire d’invalidité',
  OTHER: 'Autre titre de l’article L. 323-3 (5° et suivants)',
};
