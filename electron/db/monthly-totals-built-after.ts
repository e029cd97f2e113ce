/**
 * A bulk write of expected payments with their monthly totals
 * (aid_expected_by_month, kept by triggers on aid_payments, migration 0015)
 * added by slices of conventions rather than by a trigger at each payment:
 * 2.3 million payments in a 200,000-convention demo, whose trigger cost the
 * writing thread 3 to 6 s (issue #16). For a work that writes the payments
 * convention after convention, in the order of their ids, each convention's
 * once and never changed after (a demo, app/demo/conventions.ts), and asks
 * for a catch-up between two conventions: the payments up to the last
 * convention that has some are then all there, final. The triggers come back
 * as the schema had them, the rest is added at the end, inside the caller's
 * transaction (nothing is kept if it fails).
 */
import type { Db } from './connection';
import { prepared } from './statements';
import { withSchemaObjectsDropped } from './schema-objects-dropped';

const TRIGGERS = ['aid_expected_by_month_insert', 'aid_expected_by_month_update', 'aid_expected_by_month_delete'] as const;

/** Adds to the totals the payments of the conventions after @from up to @upTo (the recount of migration 0015, by range). */
const ADD_RANGE = `INSERT INTO aid_expected_by_month (month, payments, cents)
  SELECT substr(due_on, 1, 7), count(*), sum(expected_cents) FROM aid_payments
  WHERE convention_id > @from AND convention_id <= @upTo GROUP BY 1
  ON CONFLICT (month) DO UPDATE SET payments = payments + excluded.payments, cents = cents + excluded.cents`;

/** `work` with the totals of the payments it writes added when it calls `catchUp` (those written so far), and at its end. */
export function withMonthlyTotalsBuiltAfter<T>(db: Db, work: (catchUp: () => void) => T): T {
  if (!db.inTransaction) throw new Error("Les totaux mensuels ne se comptent qu'à l'intérieur d'une transaction.");
  // The payments there before are counted (the triggers were there).
  let countedUpTo = lastPaidConventionId(db);
  const addUpTo = (upTo: number) => {
    if (upTo <= countedUpTo) return;
    prepared(db, ADD_RANGE).run({ from: countedUpTo, upTo });
    countedUpTo = upTo;
  };
  const result = withSchemaObjectsDropped(db, 'trigger', TRIGGERS, () => work(() => addUpTo(lastPaidConventionId(db))));
  addUpTo(lastPaidConventionId(db));
  return result;
}

/** The last convention (by id) that has expected payments: read at the end of the payments' key. */
function lastPaidConventionId(db: Db): number {
  return prepared<[], number>(db, 'SELECT coalesce(max(convention_id), 0) FROM aid_payments').pluck().get()!;
}
