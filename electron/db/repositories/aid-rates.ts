import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { EmployerStatus, Measure } from '../../../shared/rules/vocabulary';
import { prepared } from '../statements';

export interface NewAidRate {
  measure: Measure;
  department: string;
  employerCategory: string | null;
  rateBp: number;
  validFrom: string;
  validTo: string | null;
  reference: string;
}

export function insertAidRate(db: Database, r: NewAidRate): void {
  prepared(
    db,
    `INSERT INTO aid_rates (measure, department, employer_category, rate_bp, valid_from, valid_to, reference)
     VALUES (@measure, @department, @employerCategory, @rateBp, @validFrom, @validTo, @reference)`,
  ).run(r);
}

/** A rate of an arrêté préfectoral, as stored (basis points). */
export interface AidRateRecord extends NewAidRate {
  id: number;
}

const COLUMNS = `id, measure, department, employer_category AS employerCategory, rate_bp AS rateBp,
  valid_from AS validFrom, valid_to AS validTo, reference`;

export function listAidRates(db: Database): AidRateRecord[] {
  return prepared<[], AidRateRecord>(db, `SELECT ${COLUMNS} FROM aid_rates ORDER BY department, measure, valid_from`).all();
}

export interface AidRateQuery {
  measure: Measure;
  department: string;
  date: string;
  employerStatus?: EmployerStatus | undefined;
}

/**
 * The rate in force for a measure and a department on a date: the rate for
 * the employer's category before the general one, the latest arrêté first.
 */
export function findAidRate(db: Database, q: AidRateQuery): AidRateRecord | undefined {
  return prepared<[{ measure: string; department: string; date: string; category: string | null }], AidRateRecord>(
    db,
    `SELECT ${COLUMNS} FROM aid_rates
     WHERE measure = @measure AND department = @department
       AND valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date)
       AND (employer_category IS NULL OR employer_category = @category)
     ORDER BY employer_category IS NULL, valid_from DESC, id DESC
     LIMIT 1`,
  ).get({ measure: q.measure, department: q.department, date: q.date, category: q.employerStatus ?? null });
}
