/**
 * Life of a convention, as pure rules: which status may follow which, and
 * what each change needs (a date, an actor, sometimes a reason). Services
 * call `checkTransition` inside their transaction and refuse on any error.
 *
 * brouillon → a_signer → signee → en_cours → terminee
 *                 ↘ brouillon (corrections)   ↘ resiliee (rupture) / denoncee
 */
import type { Finding } from '../rules/checks/finding';
import { formatDateFr } from '../format/date';
import { isIsoDate } from '../rules/dates/day';
import { ref } from '../rules/parameters/sources';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from './enums';

/** The allowed transitions; terminee, resiliee and denoncee are final. */
export const TRANSITIONS: Readonly<Record<ConventionStatus, readonly ConventionStatus[]>> = {
  brouillon: ['a_signer'],
  a_signer: ['signee', 'brouillon'],
  signee: ['en_cours', 'resiliee', 'denoncee'],
  en_cours: ['terminee', 'resiliee', 'denoncee'],
  terminee: [],
  resiliee: [],
  denoncee: [],
};

/** Changes that must say why: a rupture, a dénonciation, a draft sent back for corrections. */
const REASON_REQUIRED: ReadonlySet<ConventionStatus> = new Set(['resiliee', 'denoncee', 'brouillon']);

const LIFECYCLE_REFS = {
  signature: ref('FORM_CAE_0515', 'conditions générales : « L’embauche ne peut avoir lieu avant la signature de la convention »'),
  effect: ref('CAV_R5134', 'art. R. 5134-44 : la convention ne prend effet qu’à compter de la date d’embauche'),
  duration: ref('FORM_CAE_0515', 'conditions générales, « Nature du contrat de travail » (durée, renouvellements)'),
  rupture: ref('FORM_CAE_0515', 'conditions générales : rupture à l’initiative de l’employeur, convention « résiliée de plein droit »'),
  denunciation: ref('CAV_R5134', 'art. R. 5134-51 : intention de dénoncer notifiée, sept jours pour les observations'),
} as const;

type LifecycleErrorCode =
  | 'TRANSITION_NOT_ALLOWED'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'DATE_BEFORE_LAST_CHANGE'
  | 'ACTOR_MISSING'
  | 'REASON_MISSING'
  | 'FINDINGS_BLOCK_SIGNATURE'
  | 'WARNING_NOT_JUSTIFIED'
  | 'HIRED_BEFORE_SIGNATURE'
  | 'NOT_STARTED'
  | 'NOT_ENDED'
  | 'DENUNCIATION_PROCEDURE';

export interface LifecycleError {
  code: LifecycleErrorCode;
  /** French, says how to fix. */
  message: string;
  legalRef?: string;
}

export interface TransitionRequest {
  from: ConventionStatus;
  to: ConventionStatus;
  /** `YYYY-MM-DD`: the day the change takes effect (signature, hiring, end…). */
  date: string;
  actor: string;
  reason?: string | null | undefined;
}

export interface TransitionFacts {
  /** `YYYY-MM-DD`: a change cannot be dated in the future. */
  today: string;
  /** Date of the latest status change: the timeline only moves forward. */
  lastChangeOn?: string | null | undefined;
  hiredOn?: string | null | undefined;
  /** Last day of the convention, renewals included. */
  conventionEnd?: string | null | undefined;
  /** Findings of the version to sign (checkConvention), for signee. */
  findings?: readonly Finding[];
  /** Warning codes already justified (stored or given with this change). */
  justifiedCodes?: ReadonlySet<string>;
  /** The dénonciation procedure under way, for denoncee. */
  denunciation?: { intentOn: string; observationsDeadline: string; observationsOn?: string | null | undefined } | null;
}

const label = (s: ConventionStatus) => `« ${CONVENTION_STATUS_LABELS[s]} »`;

export function allowedTransitions(from: ConventionStatus): readonly ConventionStatus[] {
  return TRANSITIONS[from];
}

export function isTransitionAllowed(from: ConventionStatus, to: ConventionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Every reason a change is refused (empty when it may proceed), in French. */
export function checkTransition(req: TransitionRequest, facts: TransitionFacts): LifecycleError[] {
  const errors: LifecycleError[] = [];
  const add = (code: LifecycleErrorCode, message: string, legalRef?: string) => errors.push(legalRef ? { code, message, legalRef } : { code, message });
  if (!isTransitionAllowed(req.from, req.to)) {
    const next = TRANSITIONS[req.from];
    add(
      'TRANSITION_NOT_ALLOWED',
      next.length === 0
        ? `La convention est ${label(req.from)} : son statut ne peut plus changer.`
        : `Une convention ${label(req.from)} ne peut pas passer à ${label(req.to)} : statuts possibles ${next.map(label).join(', ')}.`,
    );
    return errors;
  }
  if (!isIsoDate(req.date)) {
    add('DATE_INVALID', 'Indiquez la date du changement au format AAAA-MM-JJ.');
    return errors;
  }
  if (req.date > facts.today)
    add(
      'DATE_IN_FUTURE',
      `La date du changement (${formatDateFr(req.date)}) est dans le futur : indiquez une date passée ou celle d’aujourd’hui (${formatDateFr(facts.today)}).`,
    );
  if (facts.lastChangeOn && req.date < facts.lastChangeOn) {
    add(
      'DATE_BEFORE_LAST_CHANGE',
      `La date du changement (${formatDateFr(req.date)}) précède le dernier changement de statut (${formatDateFr(facts.lastChangeOn)}) : corrigez la date.`,
    );
  }
  if (req.actor.trim() === '') add('ACTOR_MISSING', 'Indiquez qui fait ce changement (nom de l’agent).');
  if (REASON_REQUIRED.has(req.to) && !req.reason?.trim()) {
    add('REASON_MISSING', `Indiquez le motif du passage à ${label(req.to)}.`);
  }
  if (req.to === 'signee') checkSignature(req, facts, add);
  if (req.to === 'en_cours' && facts.hiredOn && req.date < facts.hiredOn) {
    add(
      'NOT_STARTED',
      `La convention prend effet à la date d’embauche (${formatDateFr(facts.hiredOn)}) : elle ne peut pas être « En cours » le ${formatDateFr(req.date)}.`,
      LIFECYCLE_REFS.effect,
    );
  }
  if (req.to === 'terminee' && facts.conventionEnd && req.date <= facts.conventionEnd) {
    add(
      'NOT_ENDED',
      `La convention court jusqu’au ${formatDateFr(facts.conventionEnd)}, renouvellements compris : elle n’est terminée qu’à partir du lendemain. Pour une fin anticipée, enregistrez la rupture du contrat.`,
      LIFECYCLE_REFS.duration,
    );
  }
  if (req.to === 'denoncee') checkDenunciation(req, facts, add);
  return errors;
}

type Add = (code: LifecycleErrorCode, message: string, legalRef?: string) => void;

function checkSignature(req: TransitionRequest, facts: TransitionFacts, add: Add): void {
  const findings = facts.findings ?? [];
  const blocking = findings.filter((f) => f.severity === 'error');
  if (blocking.length > 0) {
    add(
      'FINDINGS_BLOCK_SIGNATURE',
      `La convention ne peut pas être signée tant qu’il reste ${blocking.length} erreur(s) : ${blocking.map((f) => f.message).join(' ')}`,
    );
  }
  const justified = facts.justifiedCodes ?? new Set<string>();
  const unjustified = [...new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.code))].filter((c) => !justified.has(c));
  if (unjustified.length > 0) {
    add('WARNING_NOT_JUSTIFIED', `Justifiez chaque avertissement avant la signature (un texte par avertissement) : ${unjustified.join(', ')}.`);
  }
  // The rules report it from the document; checked here too for a signature date given with the change.
  if (facts.hiredOn && facts.hiredOn < req.date) {
    add(
      'HIRED_BEFORE_SIGNATURE',
      `L’embauche ne peut avoir lieu avant la signature de la convention : l’embauche est prévue le ${formatDateFr(facts.hiredOn)}, la signature le ${formatDateFr(req.date)}. Reportez l’embauche ou signez plus tôt.`,
      LIFECYCLE_REFS.signature,
    );
  }
}

function checkDenunciation(req: TransitionRequest, facts: TransitionFacts, add: Add): void {
  const d = facts.denunciation;
  if (!d) {
    add(
      'DENUNCIATION_PROCEDURE',
      'Notifiez d’abord à l’employeur l’intention de dénoncer la convention : il dispose de sept jours pour faire connaître ses observations.',
      LIFECYCLE_REFS.denunciation,
    );
    return;
  }
  const answered = d.observationsOn !== null && d.observationsOn !== undefined && req.date >= d.observationsOn;
  if (!answered && req.date <= d.observationsDeadline) {
    add(
      'DENUNCIATION_PROCEDURE',
      `L’employeur peut présenter ses observations jusqu’au ${formatDateFr(d.observationsDeadline)} : décidez après cette date, ou après avoir reçu ses observations.`,
      LIFECYCLE_REFS.denunciation,
    );
  }
}
