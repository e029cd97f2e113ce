/**
 * A lot line's status as every reader shows it. A return file's import writes
 * only the lines it rejects (inbound.ts, rejectLotLine): the others keep the
 * status they had when the lot left (« sent », or « prepared » for a lot
 * answered while still in the outbox) and, once their lot is acknowledged,
 * are accepted — the import refuses a file that leaves a line unanswered.
 * Rewriting 100,000 accepted lines and their index took a third of an
 * import (issue #16). Lines answered before this rule were stored
 * « accepted »: they read the same.
 *
 * `stored` is the line's stored status, `l` its lot (exchange_lots).
 */
export const lineStatusSql = (stored: string): string =>
  `CASE WHEN l.acknowledged_at IS NOT NULL AND ${stored} IN ('prepared', 'sent') THEN 'accepted' ELSE ${stored} END`;

/** The same, of the line `x`. */
export const LINE_STATUS_SQL = lineStatusSql('x.status');
