/**
 * Writes of the convention package (agency → employer): on the agency's side
 * the package's lot row once its file is complete; on the employer's side
 * the rows a package brings up to date (the agency is the authority on the
 * convention; its versions: replaceVersionRow in versions/writes.ts).
 * Callers run them inside one transaction (`inTransaction`).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import type { PreparedLot } from './outbound';
import type { NewConvention, NewEvent } from '../conventions/writes';
import type { DenunciationColumns } from '../row-shapes';
import { instantMs } from '../../instants';

/** Packages written but whose file was not known complete (a crash between the two), oldest first, with the folder the file went to. */
export function preparedPackages(db: Database, emitter: string): PreparedLot[] {
  return prepared<[string], PreparedLot>(
    db,
    `SELECT id, file_name AS fileName, sha256, folder FROM exchange_lots
     WHERE direction = 'OUT' AND kind = 'convention-package' AND status = 'prepared' AND emitter = ? ORDER BY id`,
  ).all(emitter);
}

export function markPackageSent(db: Database, lotId: number, sentAt: string): void {
  prepared(db, "UPDATE exchange_lot_lines SET status = 'sent' WHERE lot_id = ?").run(lotId);
  prepared(db, "UPDATE exchange_lots SET status = 'sent', sent_at = ? WHERE id = ?").run(sentAt, lotId);
}

export function setLotLineError(db: Database, lotId: number, lineNo: number, code: string, label: string): void {
  prepared(db, 'UPDATE exchange_lot_lines SET error_code = ?, error_label = ? WHERE lot_id = ? AND line_no = ?').run(code, label, lotId, lineNo);
}

export interface ConventionRowUpdate extends Pick<NewConvention, 'measure' | 'employerId' | 'employeeId' | 'status' | 'startsOn' | 'endsOn' | 'at'> {
  id: number;
}

export function updateConventionRow(db: Database, c: ConventionRowUpdate): void {
  prepared(
    db,
    `UPDATE conventions SET measure = @measure, employer_id = @employerId, employee_id = @employeeId, status = @status,
       starts_on = @startsOn, ends_on = @endsOn, updated_ms = ${instantMs('@at')} WHERE id = @id`,
  ).run(c);
}

/** An event's details as the agency sends them (its convention, kind and day are how it was matched). */
export type EventRowUpdate = Omit<NewEvent, 'conventionId' | 'kind' | 'occurredOn' | 'at'>;

/** An event already recorded here (same kind, same day) takes the agency's details; the agency knows it from then on (migration 0005). */
export function updateEventRow(db: Database, id: number, e: EventRowUpdate): void {
  prepared(
    db,
    `UPDATE contract_events SET ends_on = @endsOn, reason = @reason, initiative = @initiative, paid = @paid,
       new_employer_id = @newEmployerId, reported_on = @reportedOn, known_to_agency = 1
     WHERE id = @id`,
  ).run({ ...e, id, paid: e.paid === null ? null : e.paid ? 1 : 0 });
}

/**
 * The event came with (or is matched by) the agency's convention package:
 * the agency declares it to the payment organisation, the employer
 * workspace does not send it again (migration 0005).
 */
export function markEventKnownToAgency(db: Database, id: number): void {
  prepared(db, 'UPDATE contract_events SET known_to_agency = 1 WHERE id = ? AND known_to_agency = 0').run(id);
}

/** A decided procedure, as the agency sends it. */
export interface DenunciationRow extends Omit<DenunciationColumns, 'decision' | 'decisionNotifiedOn'> {
  conventionId: number;
  decision: 'DENOUNCED' | 'MAINTAINED';
  decisionNotifiedOn: string;
  at: string;
}

const DENUNCIATION_SET = `grounds = @grounds, observations_deadline = @observationsDeadline,
  observations_received_on = @observationsReceivedOn, observations = @observations, decision = @decision,
  decision_notified_on = @decisionNotifiedOn, decision_reason = @decisionReason, appeal_deadline = @appealDeadline,
  repayment_cents = @repaymentCents, exempted_base_cents = @exemptedBaseCents, contributions_due_on = @contributionsDueOn,
  payment_organisation_informed_on = @paymentOrganisationInformedOn, collector_informed_on = @collectorInformedOn, updated_at = @at`;

/** A decided procedure: a new row, or the local one notified the same day brought up to the agency's decision. */
export function putDenunciation(db: Database, existingId: number | null, d: DenunciationRow): void {
  if (existingId !== null) {
    prepared(db, `UPDATE denunciations SET ${DENUNCIATION_SET} WHERE id = @id`).run({ ...d, id: existingId });
    return;
  }
  prepared(
    db,
    `INSERT INTO denunciations (convention_id, grounds, intent_notified_on, observations_deadline, observations_received_on, observations,
       decision, decision_notified_on, decision_reason, appeal_deadline, repayment_cents, exempted_base_cents, contributions_due_on,
       payment_organisation_informed_on, collector_informed_on, created_at, updated_at)
     VALUES (@conventionId, @grounds, @intentNotifiedOn, @observationsDeadline, @observationsReceivedOn, @observations,
       @decision, @decisionNotifiedOn, @decisionReason, @appealDeadline, @repaymentCents, @exemptedBaseCents, @contributionsDueOn,
       @paymentOrganisationInformedOn, @collectorInformedOn, @at, @at)`,
  ).run(d);
}

/** Status changes of a convention as (from, to, day) keys: a package adds only the ones missing. */
export function statusChangeKeys(db: Database, conventionId: number): string[] {
  return prepared<[number], { k: string }>(
    db,
    `SELECT coalesce(f.name, '') || '>' || t.name || '@' || s.on_date AS k
     FROM status_changes s LEFT JOIN convention_statuses f ON f.id = s.from_status_id JOIN convention_statuses t ON t.id = s.to_status_id
     WHERE s.convention_id = ? ORDER BY s.on_date, s.seq`,
  )
    .all(conventionId)
    .map((r) => r.k);
}
