import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/api/contract';
import { prepared } from '../statements';

export function listLots(db: Database): ChannelOutput<'lots.list'> {
  return prepared<[], ChannelOutput<'lots.list'>[number]>(
    db,
    `SELECT l.id, l.direction, l.kind, l.sequence, l.file_name AS fileName, l.status, l.created_at AS createdAt,
            (SELECT count(*) FROM exchange_lot_lines x WHERE x.lot_id = l.id) AS lines
     FROM exchange_lots l
     ORDER BY l.created_at DESC, l.id DESC`,
  ).all();
}

/** Lots sent and still waiting for the payment organisation's return file (a convention package gets none). */
export function countLotsAwaitingReturn(db: Database): number {
  return prepared<[], { n: number }>(db, "SELECT count(*) AS n FROM exchange_lots WHERE direction = 'OUT' AND kind = 'outbound-lot' AND status = 'sent'").get()!.n;
}

export interface NewLot {
  direction: 'OUT' | 'IN';
  kind: string;
  emitter: string;
  recipient: string;
  sequence: number;
  fileName: string;
  sha256: string;
  status: ChannelOutput<'lots.list'>[number]['status'];
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

export function insertLotLine(
  db: Database,
  line: { lotId: number; lineNo: number; conventionId: number | null; recordKind: string; status: string },
): void {
  prepared(
    db,
    `INSERT INTO exchange_lot_lines (lot_id, line_no, convention_id, record_kind, status)
     VALUES (@lotId, @lineNo, @conventionId, @recordKind, @status)`,
  ).run(line);
}
