/** Obligations marked done by hand (migration 0010): the day and who marked each. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../statements';

export interface ObligationMark {
  key: string;
  doneOn: string;
  doneBy: string;
  note: string;
}

export function obligationMarks(db: Database): ObligationMark[] {
  return prepared<[], ObligationMark>(db, 'SELECT key, done_on AS doneOn, done_by AS doneBy, note FROM obligation_marks ORDER BY key').all();
}

export function insertObligationMark(db: Database, mark: ObligationMark, recordedAt: string): void {
  prepared(db, 'INSERT INTO obligation_marks (key, done_on, done_by, note, recorded_at) VALUES (?, ?, ?, ?, ?)').run(
    mark.key,
    mark.doneOn,
    mark.doneBy,
    mark.note,
    recordedAt,
  );
}

/** Whether a mark was there to delete. */
export function deleteObligationMark(db: Database, key: string): boolean {
  return prepared(db, 'DELETE FROM obligation_marks WHERE key = ?').run(key).changes > 0;
}
