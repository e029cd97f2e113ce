/**
 * The aid rate the arrêté préfectoral in force proposes for a convention:
 * same measure and department, in force on the date (hiring, else filing),
 * the rate for the employer's category before the general one.
 */
import type { Database } from 'better-sqlite3';
import type { AidRateProposal } from '../../shared/api/instruct-contract';
import type { EmployerStatus, Measure } from '../../shared/domain/enums';
import { prepared } from '../db/statements';

export interface AidRateQuery {
  measure: Measure;
  department: string;
  date: string;
  employerStatus?: EmployerStatus | undefined;
}

export function proposeAidRate(db: Database, q: AidRateQuery): AidRateProposal {
  const row = prepared<
    [{ measure: string; department: string; date: string; category: string | null }],
    { rate_bp: number; reference: string; valid_from: string; valid_to: string | null }
  >(
    db,
    `SELECT rate_bp, reference, valid_from, valid_to FROM aid_rates
     WHERE measure = @measure AND department = @department
       AND valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date)
       AND (employer_category IS NULL OR employer_category = @category)
     ORDER BY employer_category IS NULL, valid_from DESC, id DESC
     LIMIT 1`,
  ).get({ measure: q.measure, department: q.department.trim().toUpperCase(), date: q.date, category: q.employerStatus ?? null });
  if (!row) return null;
  return { ratePercent: formatRate(row.rate_bp), reference: row.reference, validFrom: row.valid_from, validTo: row.valid_to };
}

/** Basis points as the document's percentage: 9000 → "90", 8750 → "87.5". */
function formatRate(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}
