/**
 * Weekly working hours, in one place: their three units and the bounds of a
 * duration the application stores.
 *
 * Units. The `cae.convention/1` document holds decimal hours (`17.5`): it is
 * the one stored record of a version's hours. The exchange files carry whole
 * minutes (`1050`, docs/exchange-format.md). The rules compute in hundredths
 * of an hour (`1750`), so that money stays an exact fraction (money/exact.ts).
 */
import { ref } from '../parameters/sources';

const MINUTES_PER_HOUR = 60;

/** Decimal hours → hundredths of an hour (17.5 → 1750), rounded to the hundredth. */
export function hoursToHundredths(hours: number): number {
  return Math.round(hours * 100);
}

/** Hundredths of an hour → decimal hours (1750 → 17.5). */
export function hundredthsToHours(hundredths: number): number {
  return hundredths / 100;
}

/** Decimal hours → whole minutes (17.5 → 1050), as the exchange files carry them. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * MINUTES_PER_HOUR);
}

/** Whole minutes → decimal hours (1050 → 17.5). */
export function minutesToHours(minutes: number): number {
  return minutes / MINUTES_PER_HOUR;
}

/**
 * Bounds of a weekly duration the application stores, whatever the measure
 * and the date (a draft, a version, an avenant, a correction, an exchange
 * file). The texts set a floor for the CAE only — 20 h, « sauf lorsque la
 * convention le prévoit » (L322-4-7 I al. 7, then L5134-20 and following:
 * CAE.minWeeklyHours, a finding, not a storage bound) — and no ceiling; the
 * monthly hours of a full time are 35 × 52 / 12 (reference/README.md).
 * Decision: at least one hour (less is a typing slip, and the floor the
 * derogation leaves open is not in the texts) and at most the legal weekly
 * duration of 35 h (Code du travail L212-1, not among docs/sources), on which
 * the aid of every measure is computed.
 */
export const WEEKLY_HOURS = {
  min: 1,
  max: 35,
  legalRef: `${ref('L322_4_7', 'art. L322-4-7 I, alinéa 7')} ; reference/README.md (35 h : temps plein, 151,67 h par mois)`,
} as const;

/** The same bounds in the exchange files' unit (60 to 2100 minutes). */
export const WEEKLY_MINUTES = { min: hoursToMinutes(WEEKLY_HOURS.min), max: hoursToMinutes(WEEKLY_HOURS.max) } as const;

export const WEEKLY_HOURS_MESSAGES = {
  type: 'nombre d’heures attendu (ex. 20 ou 17,5)',
  min: `${WEEKLY_HOURS.min === 1 ? 'une heure' : `${WEEKLY_HOURS.min} heures`} par semaine au moins`,
  max: `${WEEKLY_HOURS.max} heures par semaine au plus`,
} as const;

/** Why a weekly duration cannot be stored, in French, or null when it can. */
export function weeklyHoursProblem(hours: number): string | null {
  if (!Number.isFinite(hours)) return WEEKLY_HOURS_MESSAGES.type;
  if (hours < WEEKLY_HOURS.min) return WEEKLY_HOURS_MESSAGES.min;
  if (hours > WEEKLY_HOURS.max) return WEEKLY_HOURS_MESSAGES.max;
  return null;
}
