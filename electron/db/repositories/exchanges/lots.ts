/**
 * The exchange lots: the one list that the Échanges screen, its CSV export,
 * `cae lots` and the dashboard all read, and the writes of a new lot.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { LotStatus } from '../../../../shared/domain/enums';
import { prepared } from '../../statements';

/**
 * A lot waiting for its return file: sent to the payment organisation and not
 * answered yet. A convention package (agency → employer) gets no return file.
 * The one definition, for the list, the late-return alert and the dashboard.
 */
const AWAITING_RETURN = "(l.direction = 'OUT' AND l.kind = 'outbound-lot' AND l.status = 'sent' AND l.sent_at IS NOT NULL)";

/** A lot as listed: what was stored of it (its checksum aside), its answer and its line count. */
export interface LotRecord extends Omit<NewLot, 'sha256'> {
  id: number;
  /** A return file: the outbound lot it answers. */
  answersLotId: number | null;
  answersFileName: string | null;
  answersSequence: number | null;
  /** Whether the lot waits for its return file (AWAITING_RETURN). */
  awaitingReturn: boolean;
  /** Its lines, whatever their status. */
  lines: number;
}

type LotColumns = Omit<LotRecord, 'awaitingReturn'> & { awaitingReturn: 0 | 1 };

const LOT_SELECT = `SELECT l.id, l.direction, l.kind, l.emitter, l.recipient, l.sequence, l.file_name AS fileName, l.status,
  l.created_at AS createdAt, l.sent_at AS sentAt, l.acknowledged_at AS acknowledgedAt,
  a.id AS answersLotId, a.file_name AS answersFileName, a.sequence AS answersSequence,
  ${AWAITING_RETURN} AS awaitingReturn,
  (SELECT count(*) FROM exchange_lot_lines x WHERE x.lot_id = l.id) AS lines
  FROM exchange_lots l LEFT JOIN exchange_lots a ON a.id = l.answers_lot_id`;

const lotRecord = ({ awaitingReturn, ...lot }: LotColumns): LotRecord => ({ ...lot, awaitingReturn: awaitingReturn === 1 });

export function findLot(db: Database, lotId: number): LotRecord | undefined {
  const row = prepared<[number], LotColumns>(db, `${LOT_SELECT} WHERE l.id = ?`).get(lotId);
  return row && lotRecord(row);
}

/** Every lot, the most recent first. */
export function allLots(db: Database): LotRecord[] {
  return prepared<[], LotColumns>(db, `${LOT_SELECT} ORDER BY l.created_at DESC, l.id DESC`).all().map(lotRecord);
}

/** How many lots wait for their return file. */
export function countLotsAwaitingReturn(db: Database): number {
  return prepared<[], { n: number }>(db, `SELECT count(*) AS n FROM exchange_lots l WHERE ${AWAITING_RETURN}`).get()!.n;
}

export interface NewLot {
  direction: 'OUT' | 'IN';
  kind: string;
  emitter: string;
  recipient: string;
  sequence: number;
  fileName: string;
  sha256: string;
  status: LotStatus;
  createdAt: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
}

export function insertLot(db: Database, lot: NewLot): number {
  return Number(
    prepared(
      db,
      `INSERT INTO exchange_lots (direction, kind, emitter, recipient, sequence, file_name, sha256, status, created_at, sent_at, acknowledged_at)
       VALUES (@direction, @kind, @emitter, @recipient, @sequence, @fileName, @sha256, @status, @createdAt, @sentAt, @acknowledgedAt)`,
    ).run(lot).lastInsertRowid,
  );
}

export function insertLotLine(db: Database, line: { lotId: number; lineNo: number; conventionId: number | null; recordKind: string; status: string }): void {
  prepared(
    db,
    `INSERT INTO exchange_lot_lines (lot_id, line_no, convention_id, record_kind, status)
     VALUES (@lotId, @lineNo, @conventionId, @recordKind, @status)`,
  ).run(line);
}
