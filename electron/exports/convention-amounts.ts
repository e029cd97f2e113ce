/** The money figures of each convention's latest version (initial or last avenant), for the conventions export. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { latestVersionAmounts, type VersionAmounts } from '../db/repositories/versions/read';

export type ConventionAmounts = VersionAmounts;

export function latestConventionAmounts(db: Database): Map<number, ConventionAmounts> {
  return new Map(latestVersionAmounts(db).map(({ conventionId, ...amounts }) => [conventionId, amounts]));
}
