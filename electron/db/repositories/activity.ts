/**
 * The employee's activity month by month (migration 0008), that the proofs
 * of activity are made of, and the lot lines that carried each proof (a
 * proof's record is `activity:<convention id>:<first day of its period>`).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ActivityMonth } from '../../../shared/rules/compute/activity';
import { prepared } from '../statements';
import { inScope } from './exchanges/outbound';
import { LINE_STATUS_SQL } from './exchanges/line-status';

export interface ActivityMonthRecord extends ActivityMonth {
  recordedAt: string;
  recordedBy: string;
}

/** The columns of a month, from the table aliased `a`. */
const MONTH_COLUMNS = `a.month, a.worked_hundredths AS workedHundredths, a.paid_leave_hundredths AS paidLeaveHundredths,
  a.sick_leave_hundredths AS sickLeaveHundredths, a.other_absence_hundredths AS otherAbsenceHundredths, a.unpaid_suspension_days AS unpaidSuspensionDays, a.recorded_at AS recordedAt, a.recorded_by AS recordedBy`;

/** Every month recorded for a convention, in calendar order. */
export function activityMonthsOf(db: Database, conventionId: number): ActivityMonthRecord[] {
  return prepared<[number], ActivityMonthRecord>(db, `SELECT ${MONTH_COLUMNS} FROM activity_months a WHERE a.convention_id = ? ORDER BY a.month`).all(
    conventionId,
  );
}

/** Records (or replaces) these months of a convention. Call inside a transaction: a period's months are saved together. */
export function saveActivityMonths(db: Database, conventionId: number, months: readonly ActivityMonth[], at: string, by: string): void {
  const upsert = prepared(
    db,
    `INSERT INTO activity_months (convention_id, month, worked_hundredths, paid_leave_hundredths, sick_leave_hundredths,
                                  other_absence_hundredths, unpaid_suspension_days, recorded_at, recorded_by)
     VALUES (@conventionId, @month, @workedHundredths, @paidLeaveHundredths, @sickLeaveHundredths, @otherAbsenceHundredths, @unpaidSuspensionDays, @at, @by)
     ON CONFLICT (convention_id, month) DO UPDATE SET
       worked_hundredths = excluded.worked_hundredths, paid_leave_hundredths = excluded.paid_leave_hundredths,
       sick_leave_hundredths = excluded.sick_leave_hundredths, other_absence_hundredths = excluded.other_absence_hundredths,
       unpaid_suspension_days = excluded.unpaid_suspension_days, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  );
  for (const m of months) {
    upsert.run({
      conventionId,
      month: m.month,
      workedHundredths: m.workedHundredths,
      paidLeaveHundredths: m.paidLeaveHundredths,
      sickLeaveHundredths: m.sickLeaveHundredths,
      otherAbsenceHundredths: m.otherAbsenceHundredths,
      unpaidSuspensionDays: m.unpaidSuspensionDays,
      at,
      by,
    });
  }
}

/** Removes these months of a convention (a period saved without them). Call inside the save's transaction. */
export function deleteActivityMonths(db: Database, conventionId: number, months: readonly string[]): void {
  const remove = prepared(db, 'DELETE FROM activity_months WHERE convention_id = ? AND month = ?');
  for (const month of months) remove.run(conventionId, month);
}

export interface ConventionActivity {
  conventionId: number;
  number: string;
  /** The latest version's document (without the NIR, which the proofs do not need). */
  document: Buffer;
  months: ActivityMonth[];
}

/**
 * The conventions past signature that have recorded months, with their latest
 * version's document and their months: what the outbound proofs are made of.
 * `only`: these conventions (null: all).
 */
export function recordedActivity(db: Database, only: number[] | null): ConventionActivity[] {
  const rows = prepared<[{ only: string | null }], Omit<ConventionActivity, 'months'> & ActivityMonthRecord>(
    db,
    `SELECT c.id AS conventionId, c.number, v.document, ${MONTH_COLUMNS}
     FROM activity_months a
     JOIN conventions c ON c.id = a.convention_id
     JOIN convention_versions v ON v.convention_id = c.id
      AND v.avenant_index = (SELECT max(w.avenant_index) FROM convention_versions w WHERE w.convention_id = c.id)
     WHERE c.status NOT IN ('brouillon', 'a_signer') AND ${inScope(only)}
     ORDER BY c.number, a.month`,
  ).all({ only: only === null ? null : JSON.stringify(only) });
  const out: ConventionActivity[] = [];
  for (const { conventionId, number, document, recordedAt: _at, recordedBy: _by, ...month } of rows) {
    const last = out.at(-1);
    if (last?.conventionId === conventionId) last.months.push(month);
    else out.push({ conventionId, number, document, months: [month] });
  }
  return out;
}

export interface ProofLine {
  /** `activity:<convention id>:<period start>`. */
  ref: string;
  lotId: number;
  fileName: string;
  lotStatus: string;
  status: string;
  code: string | null;
  label: string | null;
  sentAt: string | null;
  /** SHA-256 of the payload it carried: a rejected proof changed since leaves again. */
  payloadSha256: string | null;
}

/** The last lot line that carried each proof of a convention (by record), with its lot. */
export function proofLinesOf(db: Database, conventionId: number): Map<string, ProofLine> {
  const rows = prepared<[{ prefix: string }], ProofLine>(
    db,
    `SELECT x.record_ref AS ref, l.id AS lotId, l.file_name AS fileName, l.status AS lotStatus, ${LINE_STATUS_SQL} AS status, x.error_code AS code,
            x.error_label AS label, l.sent_at AS sentAt, x.payload_sha256 AS payloadSha256
     FROM exchange_lot_lines x JOIN exchange_lots l ON l.id = x.lot_id AND l.direction = 'OUT'
     WHERE x.record_kind = 'PROOF_OF_ACTIVITY' AND substr(x.record_ref, 1, length(@prefix)) = @prefix
     ORDER BY l.id, x.line_no`,
  ).all({ prefix: `activity:${conventionId}:` });
  return new Map(rows.map((r) => [r.ref, r]));
}

/** The city of the convention's employer (where its proofs are signed), when known. */
export function employerCityOf(db: Database, conventionId: number): string | null {
  return (
    prepared<[number], { city: string | null }>(db, 'SELECT er.city FROM conventions c JOIN employers er ON er.id = c.employer_id WHERE c.id = ?').get(
      conventionId,
    )?.city ?? null
  );
}
