/**
 * Reads of the lines of the exchange lots for the Échanges screen and for
 * the correction of a rejected line: each line with the record it carries
 * (the lots themselves: lots.ts).
 * Lines written before migration 0004 name no record: a CONVENTION line then
 * stands for the convention's initial version (as in outbound.ts).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import { versionWeeklyHours } from '../versions/hours';
import { LINE_STATUS_SQL, lineStatusSql } from './line-status';

/** The record a line carries (`version:12`, `event:3`, `denunciation:1`), legacy lines included. */
const LINE_REF = `coalesce(x.record_ref, CASE WHEN x.record_kind = 'CONVENTION' THEN 'version:' || (
  SELECT v.id FROM convention_versions v WHERE v.convention_id = x.convention_id AND v.avenant_index = 0) END)`;

/** The outbound lot written under this file name (file names carry emitter, sequence and time: one lot each). */
export function outboundLotIdByFile(db: Database, fileName: string): number | undefined {
  return prepared<[string], { id: number }>(db, "SELECT id FROM exchange_lots WHERE direction = 'OUT' AND file_name = ? ORDER BY id DESC LIMIT 1").get(fileName)
    ?.id;
}

export interface LineCount {
  lotId: number;
  status: string;
  n: number;
}

/**
 * How many lines of each status every lot holds (or one lot's): counted on the index of lines by lot and stored status,
 * then each count given the status its lot makes it (line-status.ts).
 */
export function lineCounts(db: Database, lotId?: number): LineCount[] {
  if (lotId !== undefined) return prepared<[number], LineCount>(db, COUNTS_OF_ONE_LOT).all(lotId);
  return prepared<[], LineCount>(db, COUNTS_OF_EVERY_LOT).all();
}

const countsSql = (where: string) =>
  `SELECT x.lotId, ${lineStatusSql('x.stored')} AS status, sum(x.n) AS n
   FROM (SELECT lot_id AS lotId, status AS stored, count(*) AS n FROM exchange_lot_lines ${where} GROUP BY lot_id, status) x
   JOIN exchange_lots l ON l.id = x.lotId
   GROUP BY x.lotId, 2 ORDER BY x.lotId, 2`;
const COUNTS_OF_ONE_LOT = countsSql('WHERE lot_id = ?');
const COUNTS_OF_EVERY_LOT = countsSql('');

export interface LineRow {
  lineNo: number;
  conventionId: number | null;
  conventionNumber: string | null;
  conventionStatus: string | null;
  recordKind: string;
  status: string;
  code: string | null;
  label: string | null;
  ref: string | null;
  /** The version the line carries, if it carries one. */
  versionId: number | null;
  avenantIndex: number | null;
  versionKind: string | null;
  versionStartsOn: string | null;
  versionEndsOn: string | null;
  /** Decimal hours a week, from the version's document (migration 0006). */
  weeklyHours: number | null;
  aidRateBp: number | null;
  /** Whether that version is still its convention's latest. */
  latestVersion: number | null;
  /** The event the line carries, if it carries one. */
  eventKind: string | null;
  /** The employee's NIR (personal data: the service masks it). */
  nir: string | null;
}

export function linesOfLot(db: Database, lotId: number): LineRow[] {
  const rows = prepared<[number], Omit<LineRow, 'weeklyHours'> & { document: Buffer | null }>(
    db,
    `WITH lines AS (SELECT x.*, ${LINE_REF} AS ref, ${LINE_STATUS_SQL} AS line_status
                   FROM exchange_lot_lines x JOIN exchange_lots l ON l.id = x.lot_id WHERE x.lot_id = ?)
     SELECT x.line_no AS lineNo, x.convention_id AS conventionId, c.number AS conventionNumber, c.status AS conventionStatus,
            x.record_kind AS recordKind, x.line_status AS status, x.error_code AS code, x.error_label AS label, x.ref,
            v.id AS versionId, v.avenant_index AS avenantIndex, v.kind AS versionKind, v.starts_on AS versionStartsOn,
            v.ends_on AS versionEndsOn, v.document, v.aid_rate_bp AS aidRateBp, e.nir, ev.kind AS eventKind,
            v.avenant_index = (SELECT max(w.avenant_index) FROM convention_versions w WHERE w.convention_id = v.convention_id) AS latestVersion
     FROM lines x
     LEFT JOIN conventions c ON c.id = x.convention_id
     LEFT JOIN employees e ON e.id = c.employee_id
     LEFT JOIN convention_versions v ON x.ref GLOB 'version:[0-9]*' AND v.id = CAST(substr(x.ref, 9) AS INTEGER)
     LEFT JOIN contract_events ev ON x.ref GLOB 'event:[0-9]*' AND ev.id = CAST(substr(x.ref, 7) AS INTEGER)
     ORDER BY x.line_no`,
  ).all(lotId);
  return rows.map(({ document, ...row }) => ({
    ...row,
    weeklyHours: document === null || row.versionStartsOn === null ? null : (versionWeeklyHours(db, document, row.versionStartsOn) ?? null),
  }));
}

export interface LaterLine {
  lotId: number;
  fileName: string;
  sequence: number;
  lineNo: number;
}

/** The first outbound lot after `afterLotId` that carried the record again. */
export function laterLineOf(db: Database, ref: string, afterLotId: number): LaterLine | undefined {
  return prepared<[string, number], LaterLine>(
    db,
    `SELECT l.id AS lotId, l.file_name AS fileName, l.sequence, x.line_no AS lineNo
     FROM exchange_lot_lines x JOIN exchange_lots l ON l.id = x.lot_id AND l.direction = 'OUT'
     WHERE x.record_ref = ? AND x.lot_id > ? ORDER BY x.lot_id LIMIT 1`,
  ).get(ref, afterLotId);
}

export interface LastLine {
  lotId: number;
  fileName: string;
  lineNo: number;
  status: string;
  code: string | null;
  label: string | null;
}

/** The last outbound line that carried a version (the legacy form for an initial version included). */
export function lastLineOfVersion(db: Database, versionId: number): LastLine | undefined {
  return prepared<[{ versionId: number; ref: string }], LastLine>(
    db,
    `SELECT x.lot_id AS lotId, l.file_name AS fileName, x.line_no AS lineNo, ${LINE_STATUS_SQL} AS status, x.error_code AS code, x.error_label AS label
     FROM exchange_lot_lines x JOIN exchange_lots l ON l.id = x.lot_id AND l.direction = 'OUT'
     WHERE x.record_ref = @ref
        OR (x.record_ref IS NULL AND x.record_kind = 'CONVENTION' AND x.convention_id = (
              SELECT v.convention_id FROM convention_versions v WHERE v.id = @versionId AND v.avenant_index = 0))
     ORDER BY l.id DESC, x.line_no DESC LIMIT 1`,
  ).get({ versionId, ref: `version:${versionId}` });
}

export interface LotPayment {
  conventionId: number;
  conventionNumber: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  paidOn: string;
}

/** The payment notices a return file recorded. */
export function paymentsOfLot(db: Database, lotId: number): LotPayment[] {
  return prepared<[number], LotPayment>(
    db,
    `SELECT r.convention_id AS conventionId, c.number AS conventionNumber, r.period_start AS periodStart, r.period_end AS periodEnd,
            r.amount_cents AS amountCents, r.received_on AS paidOn
     FROM received_payments r JOIN conventions c ON c.id = r.convention_id
     WHERE r.lot_id = ?
     ORDER BY c.number, r.period_start`,
  ).all(lotId);
}
