/** The exchange lots and their statuses, and the alert for lots sent long ago without a return file. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements';

export interface LotSummary {
  direction: 'OUT' | 'IN';
  kind: string;
  emitter: string;
  recipient: string;
  sequence: number;
  fileName: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
  lines: number;
  rejectedLines: number;
}

export function lotSummaries(db: Database): LotSummary[] {
  return prepared<[], LotSummary>(
    db,
    `SELECT l.direction, l.kind, l.emitter, l.recipient, l.sequence, l.file_name AS fileName, l.status, l.created_at AS createdAt,
            l.sent_at AS sentAt, l.acknowledged_at AS acknowledgedAt,
            (SELECT count(*) FROM exchange_lot_lines x WHERE x.lot_id = l.id) AS lines,
            (SELECT count(*) FROM exchange_lot_lines x WHERE x.lot_id = l.id AND x.status = 'rejected') AS rejectedLines
     FROM exchange_lots l ORDER BY l.direction DESC, l.emitter, l.kind, l.sequence`,
  ).all();
}

export interface OverdueLot {
  fileName: string;
  sequence: number;
  sentOn: string;
  days: number;
}

/**
 * Outbound lots still `sent` (no return file) more than `days` days after they were sent, as of `today` (YYYY-MM-DD).
 * Convention packages (agency → employer) get no return file: never overdue.
 */
export function overdueLots(db: Database, today: string, days: number): OverdueLot[] {
  return prepared<[string, string, number], OverdueLot>(
    db,
    `SELECT file_name AS fileName, sequence, substr(sent_at, 1, 10) AS sentOn,
            CAST(julianday(?) - julianday(substr(sent_at, 1, 10)) AS INTEGER) AS days
     FROM exchange_lots
     WHERE direction = 'OUT' AND kind = 'outbound-lot' AND status = 'sent' AND sent_at IS NOT NULL
       AND julianday(?) - julianday(substr(sent_at, 1, 10)) > ?
     ORDER BY sent_at, sequence`,
  ).all(today, today, days);
}
