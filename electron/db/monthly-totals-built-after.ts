/**
 * A bulk write of expected payments with their monthly totals
 * (`aid_expected_by_month`, the dashboard's sums: migration 0015) counted
 * once, at its end, rather than by the triggers of `aid_payments` one
 * payment at a time (migration 0021: an upsert of the month's row for each
 * payment written). Measured on the 2.3 million payments of a
 * 200,000-convention demo (`cae demo`), where the writing thread limits: the
 * insert trigger cost 2.6–6.5 s more than the payments alone (written one by one), one count of
 * the whole table ~1.3 s. The three triggers are dropped meanwhile and come
 * back as the schema had them; the totals are then counted again from every
 * payment, with the expression the triggers use (the month of the due day):
 * right whatever the work wrote, updated or deleted. Inside the caller's
 * transaction.
 */
import { prepared } from './statements';
import type { Db } from './connection';

/** `work` with the monthly totals of expected payments counted once it is done. */
export function withMonthlyTotalsBuiltAfter<T>(db: Db, work: () => T): T {
  if (!db.inTransaction) throw new Error("Les totaux mensuels ne se recomptent qu'à l'intérieur d'une transaction.");
  const triggers = prepared<[], { name: string; sql: string }>(
    db,
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'aid_payments' AND name LIKE 'aid\\_expected\\_by\\_month\\_%' ESCAPE '\\' ORDER BY name",
  ).all();
  if (triggers.length === 0) throw new Error('Déclencheurs des totaux mensuels des versements absents du schéma.');
  // Names from the schema itself, quoted: never text from outside.
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name.replaceAll('"', '""')}"`);
  const result = work();
  for (const trigger of triggers) db.exec(trigger.sql);
  prepared(db, 'DELETE FROM aid_expected_by_month').run();
  prepared(
    db,
    `INSERT INTO aid_expected_by_month (month, payments, cents)
     SELECT substr(due_on, 1, 7), count(*), sum(expected_cents) FROM aid_payments GROUP BY substr(due_on, 1, 7)`,
  ).run();
  return result;
}
