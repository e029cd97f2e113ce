/**
 * A bulk write of conventions with their full-text search entries written
 * once, at its end, rather than by the insert trigger one convention at a
 * time: measured at 200,000 conventions (`cae demo`), the trigger's entries
 * cost ~1.9 s per 10,000 conventions written (38 s in all). The insert
 * trigger is dropped meanwhile and comes back as the schema had it; the
 * entries are then written by one INSERT … SELECT of the view the triggers
 * read (convention_search_entries, migration 0024): the text of an entry
 * stays defined in one place. Inside the caller's transaction.
 */
import { prepared } from './statements';
import type { Db } from './connection';

const INSERT_TRIGGER = 'convention_search_insert';

/** `work` with the search entries of the conventions it writes made once it is done. */
export function withSearchBuiltAfter<T>(db: Db, work: () => T): T {
  if (!db.inTransaction) throw new Error("La recherche ne se reconstruit qu'à l'intérieur d'une transaction.");
  const trigger = prepared<[string], string>(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(INSERT_TRIGGER);
  if (trigger === undefined) throw new Error(`Déclencheur ${INSERT_TRIGGER} absent du schéma.`);
  db.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  const result = work();
  db.exec(trigger);
  // Every convention without its entry: those `work` wrote (the others have theirs).
  prepared(
    db,
    `INSERT INTO convention_search (rowid, number, employee, employer)
     SELECT id, number, employee, employer FROM convention_search_entries WHERE id NOT IN (SELECT rowid FROM convention_search)`,
  ).run();
  return result;
}
