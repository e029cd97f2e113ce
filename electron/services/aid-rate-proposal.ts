/**
 * The aid rate the arrêté préfectoral in force proposes for a convention:
 * same measure and department, in force on the date (hiring, else filing),
 * the rate for the employer's category before the general one.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AidRateProposal } from '../../shared/api/instruct-contract';
import { findAidRate, type AidRateQuery } from '../db/repositories/aid-rates';

export function proposeAidRate(db: Database, q: AidRateQuery): AidRateProposal {
  const row = findAidRate(db, { ...q, department: q.department.trim().toUpperCase() });
  if (!row) return null;
  return { ratePercent: formatRate(row.rateBp), reference: row.reference, validFrom: row.validFrom, validTo: row.validTo };
}

/** Basis points as the document's percentage: 9000 → "90", 8750 → "87.5". */
function formatRate(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}
