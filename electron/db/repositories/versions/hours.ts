/**
 * Weekly hours are stored once, in the version's document (migration 0006).
 * The reads that hand them on in minutes (exchange lines, packages,
 * corrections) take them from the stored details through the rules.
 */
import { hoursChangeOn, hoursToMinutes, weeklyHoursOn, type ConventionDocument } from '../../../../shared/rules/index';

const parsed = (details: string): ConventionDocument => JSON.parse(details) as ConventionDocument;

/** Decimal hours a week in force on a version's first day, from its stored details (undefined if the document sets none). */
export function versionWeeklyHours(details: string, startsOn: string): number | undefined {
  return weeklyHoursOn(parsed(details), startsOn);
}

/**
 * Minutes a week in force on a version's first day, from its stored details.
 * Every stored version has them (a draft is stored only with its hours).
 */
export function versionWeeklyMinutes(details: string, startsOn: string): number {
  const hours = versionWeeklyHours(details, startsOn);
  if (hours === undefined) throw new Error(`version sans durée hebdomadaire en vigueur le ${startsOn} dans son document`);
  return hoursToMinutes(hours);
}

/** Minutes a week an hours-change event set on `occurredOn`, from the stored details of the convention's latest version. */
export function hoursChangeMinutes(latestDetails: string | null, occurredOn: string): number | null {
  const hours = latestDetails === null ? undefined : hoursChangeOn(parsed(latestDetails), occurredOn);
  return hours === undefined ? null : hoursToMinutes(hours);
}

/**
 * SQL selecting, for an HOURS_CHANGE row of `contract_events` aliased `e`,
 * the details of its convention's latest version (NULL for other kinds).
 */
export const LATEST_DETAILS_OF_HOURS_CHANGE = `CASE WHEN e.kind = 'HOURS_CHANGE' THEN (
    SELECT lv.details FROM convention_versions lv WHERE lv.convention_id = e.convention_id ORDER BY lv.avenant_index DESC LIMIT 1
  ) END`;
