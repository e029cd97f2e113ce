/** The dénonciation procedure of a convention (R. 5134-51), one row per procedure. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import type { DenunciationColumns } from '../row-shapes';

export interface DenunciationRecord extends DenunciationColumns {
  id: number;
  conventionId: number;
}

/** Every column of a procedure, as a DenunciationRecord (read here and by the convention package). */
export const DENUNCIATION_COLUMNS = `id, convention_id AS conventionId, grounds, intent_notified_on AS intentNotifiedOn,
  observations_deadline AS observationsDeadline, observations_received_on AS observationsReceivedOn, observations,
  decision, decision_notified_on AS decisionNotifiedOn, decision_reason AS decisionReason, appeal_deadline AS appealDeadline,
  repayment_cents AS repaymentCents, exempted_base_cents AS exemptedBaseCents, contributions_due_on AS contributionsDueOn,
  payment_organisation_informed_on AS paymentOrganisationInformedOn, collector_informed_on AS collectorInformedOn`;

/** The latest procedure of the convention (under way or decided), if any. */
export function latestDenunciation(db: Database, conventionId: number): DenunciationRecord | undefined {
  return prepared<[number], DenunciationRecord>(
    db,
    `SELECT ${DENUNCIATION_COLUMNS} FROM denunciations WHERE convention_id = ? ORDER BY intent_notified_on DESC, id DESC LIMIT 1`,
  ).get(conventionId);
}

export function insertDenunciation(
  db: Database,
  d: { conventionId: number; grounds: string; intentNotifiedOn: string; observationsDeadline: string; at: string },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO denunciations (convention_id, grounds, intent_notified_on, observations_deadline, created_at, updated_at)
       VALUES (@conventionId, @grounds, @intentNotifiedOn, @observationsDeadline, @at, @at)`,
    ).run(d).lastInsertRowid,
  );
}

export function recordObservations(db: Database, id: number, on: string, text: string, at: string): void {
  prepared(db, 'UPDATE denunciations SET observations_received_on = ?, observations = ?, updated_at = ? WHERE id = ?').run(on, text, at, id);
}

export interface DecisionUpdate {
  id: number;
  decision: 'DENOUNCED' | 'MAINTAINED';
  on: string;
  reason: string;
  appealDeadline: string | null;
  repaymentCents: number | null;
  exemptedBaseCents: number | null;
  contributionsDueOn: string | null;
  at: string;
}

export function recordDecision(db: Database, d: DecisionUpdate): void {
  prepared(
    db,
    `UPDATE denunciations SET decision = @decision, decision_notified_on = @on, decision_reason = @reason,
       appeal_deadline = @appealDeadline, repayment_cents = @repaymentCents, exempted_base_cents = @exemptedBaseCents,
       contributions_due_on = @contributionsDueOn, updated_at = @at
     WHERE id = @id`,
  ).run(d);
}

export function recordInformed(db: Database, id: number, who: 'PAYMENT_ORGANISATION' | 'COLLECTOR', on: string, at: string): void {
  const sql =
    who === 'PAYMENT_ORGANISATION'
      ? 'UPDATE denunciations SET payment_organisation_informed_on = ?, updated_at = ? WHERE id = ?'
      : 'UPDATE denunciations SET collector_informed_on = ?, updated_at = ? WHERE id = ?';
  prepared(db, sql).run(on, at, id);
}
