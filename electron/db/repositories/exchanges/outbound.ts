/**
 * What the outbound lots carry (migration 0004): the signed versions, contract
 * events and dénonciations of the workspace, and for each record the last
 * lot line that carried it.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import type { EventColumns } from '../row-shapes';
import { LINE_STATUS_SQL } from './line-status';
import { hoursChangeMinutes, LATEST_DOCUMENT_OF_HOURS_CHANGE, versionWeeklyMinutes } from '../versions/hours';

export interface VersionRow {
  versionId: number;
  conventionId: number;
  number: string;
  measure: 'CAE' | 'CAV' | 'CAE_DOM';
  avenantIndex: number;
  kind: 'INITIAL' | 'RENEWAL' | 'HOURS_CHANGE' | 'EMPLOYER_SUBSTITUTION' | 'MODIFICATION';
  siret: string;
  employerName: string;
  nir: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string;
  signedOn: string;
  startsOn: string;
  endsOn: string | null;
  contractType: 'CDD' | 'CDI';
  /** From the version's document (migration 0006). */
  weeklyMinutes: number;
  monthlyGrossCents: number | null;
  aidRateBp: number | null;
  totalAidCents: number | null;
}

/**
 * Limits a read to some conventions (their ids), or none (null): the lot
 * page asks about the conventions of its rejected lines only, not the whole
 * workspace.
 */
export type ConventionScope = number[] | null;
/**
 * Two statements, not `@only IS NULL OR c.id IN (…)`: that OR kept SQLite
 * from seeking the few conventions by their key, and a lot page with one
 * rejected line read every version of the workspace (680 ms at 200,000
 * conventions).
 */
export const inScope = (only: ConventionScope): string => (only === null ? '@only IS NULL' : 'c.id IN (SELECT value FROM json_each(@only))');
const scope = (only: ConventionScope) => ({ only: only === null ? null : JSON.stringify(only) });

/** Signed versions of conventions past signature, by convention number then avenant. */
export function signedVersions(db: Database, only: ConventionScope = null): VersionRow[] {
  const rows = prepared<[{ only: string | null }], Omit<VersionRow, 'weeklyMinutes'> & { document: Buffer }>(
    db,
    `SELECT v.id AS versionId, c.id AS conventionId, c.number, c.measure, v.avenant_index AS avenantIndex, v.kind,
            er.siret, er.name AS employerName, ee.nir, ee.last_name AS lastName, ee.first_names AS firstNames, ee.birth_date AS birthDate,
            v.signed_on AS signedOn, v.starts_on AS startsOn, v.ends_on AS endsOn, v.contract_type AS contractType,
            v.document, v.monthly_gross_cents AS monthlyGrossCents, v.aid_rate_bp AS aidRateBp,
            v.total_aid_cents AS totalAidCents
     FROM convention_versions v
     JOIN conventions c ON c.id = v.convention_id
     JOIN employers er ON er.id = v.employer_id
     JOIN employees ee ON ee.id = c.employee_id
     WHERE v.signed_on IS NOT NULL AND c.status NOT IN ('brouillon', 'a_signer') AND ${inScope(only)}
     ORDER BY c.number, v.avenant_index`,
  ).all(scope(only));
  return rows.map(({ document, ...row }) => ({ ...row, weeklyMinutes: versionWeeklyMinutes(db, document, row.startsOn) }));
}

export interface EventRow extends EventColumns {
  /** An hours change's, from the document (migration 0006); null for other kinds. */
  weeklyMinutes: number | null;
  eventId: number;
  conventionId: number;
  number: string;
  newEmployerSiret: string | null;
}

const EVENT_SELECT = `SELECT e.id AS eventId, c.id AS conventionId, c.number, e.kind, e.occurred_on AS occurredOn, e.ends_on AS endsOn, e.reason,
    e.initiative, e.paid, ${LATEST_DOCUMENT_OF_HOURS_CHANGE} AS latestDocument, ne.siret AS newEmployerSiret, e.reported_on AS reportedOn
  FROM contract_events e
  JOIN conventions c ON c.id = e.convention_id
  LEFT JOIN employers ne ON ne.id = e.new_employer_id`;

/**
 * The contract events the workspace declares. `ownOnly` (an employer
 * workspace): without those the agency's convention package brought, which
 * the agency declares itself (migration 0005).
 */
export function contractEvents(db: Database, ownOnly: boolean, only: ConventionScope = null): EventRow[] {
  const rows = prepared<[{ only: string | null; ownOnly: number }], Omit<EventRow, 'weeklyMinutes'> & { latestDocument: Buffer | null }>(
    db,
    `${EVENT_SELECT} WHERE (@ownOnly = 0 OR e.known_to_agency = 0) AND ${inScope(only)} ORDER BY c.number, e.occurred_on, e.id`,
  ).all({ ...scope(only), ownOnly: ownOnly ? 1 : 0 });
  return rows.map(({ latestDocument, ...row }) => ({ ...row, weeklyMinutes: hoursChangeMinutes(db, latestDocument, row.occurredOn) }));
}

export interface DenunciationRow {
  denunciationId: number;
  conventionId: number;
  number: string;
  grounds: string;
  decisionNotifiedOn: string;
  repaymentCents: number | null;
  exemptedBaseCents: number | null;
  contributionsDueOn: string | null;
}

export function decidedDenunciations(db: Database, only: ConventionScope = null): DenunciationRow[] {
  return prepared<[{ only: string | null }], DenunciationRow>(
    db,
    `SELECT d.id AS denunciationId, c.id AS conventionId, c.number, d.grounds, d.decision_notified_on AS decisionNotifiedOn,
            d.repayment_cents AS repaymentCents, d.exempted_base_cents AS exemptedBaseCents, d.contributions_due_on AS contributionsDueOn
     FROM denunciations d JOIN conventions c ON c.id = d.convention_id
     WHERE d.decision = 'DENOUNCED' AND ${inScope(only)}
     ORDER BY c.number, d.decision_notified_on, d.id`,
  ).all(scope(only));
}

export interface SentLine {
  ref: string;
  status: string;
  payloadSha256: string | null;
}

/**
 * The last line of an outbound lot carrying each record. Lines of lots written
 * before 0004 name no record: a CONVENTION line then stands for the initial version.
 */
export function lastSentLines(db: Database): Map<string, SentLine> {
  const rows = prepared<[], SentLine>(
    db,
    `SELECT coalesce(x.record_ref, 'version:' || v.id) AS ref, ${LINE_STATUS_SQL} AS status, x.payload_sha256 AS payloadSha256
     FROM exchange_lot_lines x
     JOIN exchange_lots l ON l.id = x.lot_id AND l.direction = 'OUT'
     LEFT JOIN convention_versions v ON x.record_ref IS NULL AND x.record_kind = 'CONVENTION'
                                    AND v.convention_id = x.convention_id AND v.avenant_index = 0
     WHERE x.record_ref IS NOT NULL OR v.id IS NOT NULL
     ORDER BY l.id, x.line_no`,
  ).all();
  return new Map(rows.map((r) => [r.ref, r]));
}

export function nextOutboundSequence(db: Database, emitter: string): number {
  return prepared<[string], { n: number }>(
    db,
    "SELECT coalesce(max(sequence), 0) + 1 AS n FROM exchange_lots WHERE direction = 'OUT' AND kind = 'outbound-lot' AND emitter = ?",
  ).get(emitter)!.n;
}

export interface LineToRecord {
  lotId: number;
  lineNo: number;
  conventionId: number;
  recordKind: string;
  recordRef: string;
  payloadSha256: string;
}

export function insertTrackedLine(db: Database, line: LineToRecord): void {
  prepared(
    db,
    `INSERT INTO exchange_lot_lines (lot_id, line_no, convention_id, record_kind, status, record_ref, payload_sha256)
     VALUES (@lotId, @lineNo, @conventionId, @recordKind, 'prepared', @recordRef, @payloadSha256)`,
  ).run(line);
}

/**
 * The lot's file is complete. `sent`: written where it is handed over (`cae
 * export --to DIR`), the lot and its lines are sent. `ready`: written to the
 * screen's outbox, waiting to be downloaded and handed over (handOverLot);
 * its lines stay prepared. Either way the rejected lines it carries again,
 * corrected, are resent.
 */
export function completeLot(db: Database, lotId: number, status: 'ready' | 'sent', at: string): void {
  prepared(
    db,
    `UPDATE exchange_lot_lines SET status = 'resent'
     WHERE status = 'rejected' AND lot_id <> @lotId AND (
       record_ref IN (SELECT record_ref FROM exchange_lot_lines WHERE lot_id = @lotId)
       OR (record_ref IS NULL AND record_kind = 'CONVENTION' AND 'version:' || (
         SELECT v.id FROM convention_versions v WHERE v.convention_id = exchange_lot_lines.convention_id AND v.avenant_index = 0
       ) IN (SELECT record_ref FROM exchange_lot_lines WHERE lot_id = @lotId)))`,
  ).run({ lotId });
  if (status === 'ready') {
    prepared(db, "UPDATE exchange_lots SET status = 'ready' WHERE id = ?").run(lotId);
    return;
  }
  prepared(db, "UPDATE exchange_lot_lines SET status = 'sent' WHERE lot_id = ?").run(lotId);
  prepared(db, "UPDATE exchange_lots SET status = 'sent', sent_at = ? WHERE id = ?").run(at, lotId);
}

/** A ready lot handed over to the payment organisation (downloaded from the screen): it and its lines are sent. False if it was not ready. */
export function handOverLot(db: Database, lotId: number, at: string): boolean {
  const changed = prepared(db, "UPDATE exchange_lots SET status = 'sent', sent_at = ? WHERE id = ? AND status = 'ready'").run(at, lotId).changes;
  if (changed) prepared(db, "UPDATE exchange_lot_lines SET status = 'sent' WHERE lot_id = ? AND status = 'prepared'").run(lotId);
  return changed > 0;
}

export interface PreparedLot {
  id: number;
  fileName: string;
  sha256: string;
  /** The folder its file was written to (null for a lot written before migration 0005). */
  folder: string | null;
}

export function preparedLots(db: Database): PreparedLot[] {
  return prepared<[], PreparedLot>(
    db,
    "SELECT id, file_name AS fileName, sha256, folder FROM exchange_lots WHERE direction = 'OUT' AND kind = 'outbound-lot' AND status = 'prepared' ORDER BY id",
  ).all();
}

/** Where an outbound lot's (or package's) file is written: recorded with the prepared row, before the file exists. */
export function setLotFolder(db: Database, lotId: number, folder: string): void {
  prepared(db, "UPDATE exchange_lots SET folder = ? WHERE id = ? AND direction = 'OUT'").run(folder, lotId);
}

export function deleteLot(db: Database, lotId: number): void {
  prepared(db, 'DELETE FROM exchange_lot_lines WHERE lot_id = ?').run(lotId);
  prepared(db, 'DELETE FROM exchange_lots WHERE id = ?').run(lotId);
}
