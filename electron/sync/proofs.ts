/**
 * The proofs of activity an employer workspace sends (docs/exchange-format.md,
 * `PROOF_OF_ACTIVITY`): one per period whose months are all recorded and
 * whose check against the contract has no error (shared/rules/compute/activity.ts).
 * A period with a missing month or an error does not leave: the Activité tab
 * of the convention says why.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { checkActivity, type ActivityMonth } from '../../shared/rules/compute/activity';
import { activityPlan, type ProofPeriod } from '../../shared/rules/compute/activityPeriods';
import type { ConventionDocument } from '../../shared/rules/document/schema';
import { mulDivRound } from '../../shared/rules/money/exact';
import { recordedActivity } from '../db/repositories/activity';
import type { OutboundLine } from './schemas';
import { versionDocument } from '../db/repositories/versions/documents';

type ProofLine = Extract<OutboundLine, { record: 'PROOF_OF_ACTIVITY' }>;
export type ProofPayload = Omit<ProofLine, 'lineNo'>;

/** The record a proof is tracked by in the lot lines: its convention and the first day of its period. */
export function proofRef(conventionId: number, periodStart: string): string {
  return `activity:${conventionId}:${periodStart}`;
}

/** Hundredths of an hour (as recorded) → whole minutes (as the exchange files carry hours), rounded half-up: 86,67 h → 5 200. */
const minutes = (hundredths: number): number => mulDivRound([hundredths, 3], [5]);

/** A period's proof as the file carries it: its months in calendar order, in minutes, and their totals (the sums of the months as written). */
export function proofPayload(number: string, period: ProofPeriod, months: readonly ActivityMonth[]): ProofPayload {
  const ordered = [...months]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((m) => ({
      month: m.month,
      workedMinutes: minutes(m.workedHundredths),
      paidLeaveMinutes: minutes(m.paidLeaveHundredths),
      sickLeaveMinutes: minutes(m.sickLeaveHundredths),
      otherAbsenceMinutes: minutes(m.otherAbsenceHundredths),
      unpaidSuspensionDays: m.unpaidSuspensionDays,
    }));
  return {
    record: 'PROOF_OF_ACTIVITY',
    conventionNumber: number,
    quarterStart: period.start,
    quarterEnd: period.end,
    workedMinutes: ordered.reduce((s, m) => s + m.workedMinutes, 0),
    absenceMinutes: ordered.reduce((s, m) => s + m.paidLeaveMinutes + m.sickLeaveMinutes + m.otherAbsenceMinutes, 0),
    unpaidSuspensionDays: ordered.reduce((s, m) => s + m.unpaidSuspensionDays, 0),
    months: ordered,
  };
}

export interface ProofRecord {
  ref: string;
  conventionId: number;
  number: string;
  payload: ProofPayload;
}

/** Every proof ready to leave, by convention number then period. `only`: these conventions (null: all). */
export function proofRecords(db: Database, only: number[] | null): ProofRecord[] {
  const out: ProofRecord[] = [];
  for (const c of recordedActivity(db, only)) {
    const plan = activityPlan(versionDocument(db, c.document, null) as ConventionDocument);
    for (const period of plan.periods) {
      const months = c.months.filter((m) => period.months.some((p) => p.month === m.month));
      if (months.length === 0 || !checkActivity(plan, period, months).sendable) continue;
      out.push({
        ref: proofRef(c.conventionId, period.start),
        conventionId: c.conventionId,
        number: c.number,
        payload: proofPayload(c.number, period, months),
      });
    }
  }
  return out;
}
