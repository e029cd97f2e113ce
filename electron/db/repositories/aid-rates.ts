import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/api/contract';
import type { Measure } from '../../../shared/domain/enums';
import { prepared } from '../statements';

export function listAidRates(db: Database): ChannelOutput<'settings.aidRates'> {
  return prepared<
    [],
    {
      id: number;
      measure: Measure;
      department: string;
      employer_category: string | null;
      rate_bp: number;
      valid_from: string;
      valid_to: string | null;
      reference: string;
    }
  >(db, 'SELECT * FROM aid_rates ORDER BY department, measure, valid_from')
    .all()
    .map((r) => ({
      id: r.id,
      measure: r.measure,
      department: r.department,
      employerCategory: r.employer_category,
      ratePercent: (r.rate_bp / 100).toFixed(2),
      validFrom: r.valid_from,
      validTo: r.valid_to,
      reference: r.reference,
    }));
}
