/** The money figures of each convention's latest version (initial or last avenant), for the conventions export. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements';

export interface ConventionAmounts {
  monthlyGrossCents: number | null;
  aidRateBp: number | null;
  totalAidCents: number | null;
}

export function latestConventionAmounts(db: Database): Map<number, ConventionAmounts> {
  const rows = prepared<[], ConventionAmounts & { conventionId: number }>(
    db,
    `SELECT v.convention_id AS conventionId, v.monthly_gross_cents AS monthlyGrossCents,
            v.aid_rate_bp AS aidRateBp, v.total_aid_cents AS totalAidCents
     FROM convention_versions v
     WHERE v.avenant_index = (SELECT max(w.avenant_index) FROM convention_versions w WHERE w.convention_id = v.convention_id)`,
  ).all();
  return new Map(rows.map(({ conventionId, ...amounts }) => [conventionId, amounts]));
}
