/**
 * Weekly hours are stored once, in the version's document (migration 0006).
 * The reads that hand them on in minutes (exchange lines, packages,
 * corrections) take them from the stored document through the rules.
 */
import { hoursChangeOn, hoursToMinutes, weeklyHoursOn, type ConventionDocument } from '../../../../shared/rules/index';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { versionDocument } from './documents';

const parsed = (db: Database, stored: Uint8Array): ConventionDocument => versionDocument(db, stored, null) as ConventionDocument;

/** Decimal hours a week in force on a version's first day, from its stored document (undefined if the document sets none). */
export function versionWeeklyHours(db: Database, stored: Uint8Array, startsOn: string): number | undefined {
  return weeklyHoursOn(parsed(db, stored), startsOn);
}

/**
 * Minutes a week in force on a version's first day, from its stored document.
 * Every stored version has them (a draft is stored only with its hours).
 */
export function versionWeeklyMinutes(db: Database, stored: Uint8Array, startsOn: string): number {
  return documentWeeklyMinutes(parsed(db, stored), startsOn);
}

/** Minutes a week in force on a version's first day, from its document already read. */
export function documentWeeklyMinutes(document: ConventionDocument, startsOn: string): number {
  const hours = weeklyHoursOn(document, startsOn);
  if (hours === undefined) throw new Error(`version sans durée hebdomadaire en vigueur le ${startsOn} dans son document`);
  return hoursToMinutes(hours);
}

/** Minutes a week an hours-change event set on `occurredOn`, from the stored document of the convention's latest version. */
export function hoursChangeMinutes(db: Database, latestDocument: Uint8Array | null, occurredOn: string): number | null {
  const hours = latestDocument === null ? undefined : hoursChangeOn(parsed(db, latestDocument), occurredOn);
  return hours === undefined ? null : hoursToMinutes(hours);
}

/**
 * SQL selecting, for an HOURS_CHANGE row of `contract_events` aliased `e`,
 * the stored document of its convention's latest version (NULL for other kinds).
 */
export const LATEST_DOCUMENT_OF_HOURS_CHANGE = `CASE WHEN e.kind = 'HOURS_CHANGE' THEN (
    SELECT lv.document FROM convention_versions lv WHERE lv.convention_id = e.convention_id ORDER BY lv.avenant_index DESC LIMIT 1
  ) END`;
