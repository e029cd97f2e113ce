/**
 * The employer's staff roster: where each person on an aided contract stands
 * on a given day, from their conventions. Pure (the day is given): the
 * services compute it for the « Personnel » screen.
 */
import { parseDay } from '../rules/index';
import type { ConventionStatus } from './enums';

/** A person's state on the day: the order is the roster's, most pressing first. */
export const STAFF_STATES = ['a_renouveler', 'suspendu', 'en_contrat', 'a_venir', 'en_saisie', 'termine'] as const;
export type StaffState = (typeof STAFF_STATES)[number];

export const STAFF_STATE_LABELS: Record<StaffState, string> = {
  a_renouveler: 'À renouveler',
  suspendu: 'Suspendu',
  en_contrat: 'En contrat',
  a_venir: 'Embauche à venir',
  en_saisie: 'Convention à enregistrer',
  termine: 'Terminé',
};

/** What each state means, for the screen's legend and the badges' titles. */
export const STAFF_STATE_HINTS: Record<StaffState, string> = {
  a_renouveler: 'Le contrat aidé finit dans 60 jours au plus : renouvellement à décider.',
  suspendu: 'Le contrat est suspendu ce jour (suspension ou période d’essai chez un autre employeur).',
  en_contrat: 'Une convention signée court ce jour.',
  a_venir: 'La convention est signée, l’embauche est à venir.',
  en_saisie: 'La convention saisie n’est pas encore enregistrée comme signée.',
  termine: 'Aucune convention ne court plus.',
};

/** Days before the end of the running convention from which its renewal is to be decided (the dashboard's window). */
const RENEWAL_WINDOW_DAYS = 60;

export interface StaffConventionFacts {
  status: ConventionStatus;
  startsOn: string;
  endsOn: string | null;
  /** A suspension or a trial period elsewhere covers the day. */
  suspended: boolean;
}

const LIVE: readonly ConventionStatus[] = ['signee', 'en_cours'];

/**
 * The person's state on `today`: a signed convention running that day (suspended,
 * ending within the renewal window unless another signed one follows it, or
 * simply in contract), else one still to start, else one being entered, else ended.
 */
export function staffState(conventions: readonly StaffConventionFacts[], today: string): StaffState {
  const live = conventions.filter((c) => LIVE.includes(c.status));
  const running = live.find((c) => c.startsOn <= today && (c.endsOn === null || c.endsOn >= today));
  if (running) {
    if (running.suspended) return 'suspendu';
    const followed = running.endsOn !== null && live.some((c) => c !== running && c.startsOn > running.endsOn!);
    if (running.endsOn !== null && !followed && parseDay(running.endsOn) - parseDay(today) <= RENEWAL_WINDOW_DAYS) return 'a_renouveler';
    return 'en_contrat';
  }
  if (live.some((c) => c.startsOn > today)) return 'a_venir';
  if (conventions.some((c) => c.status === 'brouillon' || c.status === 'a_signer')) return 'en_saisie';
  return 'termine';
}
