/**
 * The employer's declarations of reported facts (suspension, trial period
 * elsewhere, rupture, change of the weekly hours; a contrat d'avenir's
 * renewal): which fact of a convention has one — a fact with a reporting
 * deadline (shared/rules/compute/obligations.ts) — and what it is called.
 * The screens use it to show « Déclaration (PDF) »; the service prints it.
 */
import type { ConventionDocument } from '../rules/document/schema';

/** The deadlines that come from a fact of the document's `events`, by their `index`. */
const FROM_EVENTS = new Set(['SUSPENSION', 'RUPTURE', 'HOURS_CHANGE']);

export type DeclaredKind = 'SUSPENSION' | 'TRIAL_PERIOD_ELSEWHERE' | 'RUPTURE' | 'HOURS_CHANGE' | 'RENEWAL';

/** The document's title, as the employer sends it. */
export const DECLARATION_TITLES: Record<DeclaredKind, string> = {
  SUSPENSION: 'Déclaration de suspension',
  TRIAL_PERIOD_ELSEWHERE: 'Déclaration de période d’essai chez un autre employeur',
  RUPTURE: 'Déclaration de rupture',
  HOURS_CHANGE: 'Déclaration de modification de la durée du travail',
  RENEWAL: 'Déclaration de renouvellement',
};

type Event = NonNullable<ConventionDocument['events']>[number];

/** The day a fact starts (`from` of a suspension, `on` of the others). */
export const factDate = (e: Event): string => (e.kind === 'SUSPENSION' || e.kind === 'TRIAL_PERIOD_ELSEWHERE' ? e.from : e.on);

/** Whether the i-th event of the document has a reporting deadline, hence a declaration. */
export function isDeclaredEvent(deadlines: readonly { event: string; index?: number | null | undefined }[], index: number): boolean {
  return deadlines.some((d) => FROM_EVENTS.has(d.event) && d.index === index);
}

/**
 * The rank in the document's `events` of the fact a recorded event shows
 * (same kind, same day: a fact is recorded once; for two hours changes the
 * same day, the last, the one in force), or undefined.
 */
export function eventIndexOf(doc: ConventionDocument | undefined, kind: string, on: string): number | undefined {
  const i = (doc?.events ?? []).findLastIndex((e) => e.kind === kind && factDate(e) === on);
  return i < 0 ? undefined : i;
}
