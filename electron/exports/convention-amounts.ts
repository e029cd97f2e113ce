/** The money figures of each convention's latest version (initial or last avenant), for the conventions export. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { latestVersionAmountsOf, type VersionAmounts } from '../db/repositories/versions/read';

export type ConventionAmounts = VersionAmounts;

/** The figures of the given conventions (a page of the export), by convention id. */
export function conventionAmountsOf(db: Database, conventionIds: readonly number[]): Map<number, ConventionAmounts> {
  return new Map(latestVersionAmountsOf(db, conventionIds).map(({ conventionId, ...amounts }) => [conventionId, amounts]));
}
