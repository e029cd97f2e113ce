/**
 * Which weekly hours apply when: the contract's from the hiring, a renewal's
 * from its first day when it sets them, an hours-change avenant's from its
 * date (form CAE-0515, conditions générales: « toute modification de la durée
 * hebdomadaire du travail » is an avenant). The document is the one record
 * of a version's hours; a version's hours are those in force on its first day.
 */
import { type Day, tryParseDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';

export interface HoursSetting {
  on: Day;
  /** Decimal hours, as the document holds them. */
  hours: number;
}

const day = (s: string | null | undefined): Day | undefined => (s ? tryParseDay(s) : undefined);

/** Every setting of the weekly hours, by date; on the same day an avenant (listed later) wins over a renewal. */
export function weeklyHoursSettings(doc: ConventionDocument): HoursSetting[] {
  const settings: HoursSetting[] = [];
  const hired = day(doc.contract?.hiredOn);
  const initial = doc.contract?.weeklyHours;
  if (hired !== undefined && typeof initial === 'number') settings.push({ on: hired, hours: initial });
  for (const r of doc.renewals ?? []) {
    const from = day(r.from);
    if (from !== undefined && typeof r.weeklyHours === 'number') settings.push({ on: from, hours: r.weeklyHours });
  }
  const changes: HoursSetting[] = [];
  for (const e of doc.events ?? []) {
    const on = e.kind === 'HOURS_CHANGE' ? day(e.on) : undefined;
    if (e.kind === 'HOURS_CHANGE' && on !== undefined) changes.push({ on, hours: e.weeklyHours });
  }
  changes.sort((a, b) => a.on - b.on);
  // Stable sort: the order above breaks ties.
  return [...settings, ...changes].sort((a, b) => a.on - b.on);
}

/** Decimal weekly hours in force on `date` (`YYYY-MM-DD`), or undefined before the hiring or without hours. */
export function weeklyHoursOn(doc: ConventionDocument, date: string): number | undefined {
  const d = tryParseDay(date);
  if (d === undefined) return undefined;
  let hours: number | undefined;
  for (const s of weeklyHoursSettings(doc)) {
    if (s.on > d) break;
    hours = s.hours;
  }
  return hours;
}

/** The weekly hours set last (the latest date), the ones a new avenant starts from. */
export function latestWeeklyHours(doc: ConventionDocument): number | undefined {
  return weeklyHoursSettings(doc).at(-1)?.hours;
}

/** The hours an hours-change avenant set on `date` (`YYYY-MM-DD`; the last of that day), from the document's events. */
export function hoursChangeOn(doc: ConventionDocument, date: string): number | undefined {
  const event = (doc.events ?? []).findLast((e) => e.kind === 'HOURS_CHANGE' && e.on === date);
  return event?.kind === 'HOURS_CHANGE' ? event.weeklyHours : undefined;
}
