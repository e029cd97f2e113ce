/**
 * A bulk write of conventions with their full-text search entries written
 * by slices or at its end, rather than by the insert trigger one convention
 * at a time: measured at 200,000 conventions (`cae demo`), the trigger's
 * entries cost ~1.9 s per 10,000 conventions written (38 s in all). The
 * insert trigger is dropped meanwhile and comes back as the schema had it;
 * the entries are written by INSERT … SELECT of the view the triggers read
 * (convention_search_entries, migration 0024): the text of an entry stays
 * defined in one place. The work may give the conventions written so far
 * their entries (`catchUp`): a demo drafted in a worker thread does it
 * between two batches, while the worker drafts the next (1 to 2 s of the
 * 200,000 demo's end, when this thread would otherwise wait). The updates'
 * triggers stay: an entry made early follows its convention. Inside the
 * caller's transaction.
 */
import { prepared } from './statements';
import type { Db } from './connection';
import { withSchemaObjectsDropped } from './schema-objects-dropped';

const INSERT_TRIGGER = 'convention_search_insert';

/** Gives the conventions written since the last call their search entries (those without one). */
export type SearchCatchUp = () => void;

/** `work` with the search entries of the conventions it writes made when it calls `catchUp`, and once it is done. */
export function withSearchBuiltAfter<T>(db: Db, work: (catchUp: SearchCatchUp) => T): T {
  if (!db.inTransaction) throw new Error("La recherche ne se reconstruit qu'à l'intérieur d'une transaction.");
  const result = withSchemaObjectsDropped(db, 'trigger', [INSERT_TRIGGER], () => {
    // The conventions there before have their entries (the trigger was there).
    let indexedUpTo = lastConventionId(db);
    return work(() => {
      const upTo = lastConventionId(db);
      if (upTo <= indexedUpTo) return;
      // OR REPLACE: an update's trigger may have made an entry of the range already (the same text). Checked with NOT IN
      // instead, each slice read the rowids of the whole index: 8 s at 200,000 instead of 1.3 s.
      prepared(
        db,
        `INSERT OR REPLACE INTO convention_search (rowid, number, employee, employer)
         SELECT id, number, employee, employer FROM convention_search_entries WHERE id > @from AND id <= @upTo`,
      ).run({ from: indexedUpTo, upTo });
      indexedUpTo = upTo;
    });
  });
  // Every convention without its entry: those `work` wrote (the others have theirs).
  prepared(
    db,
    `INSERT INTO convention_search (rowid, number, employee, employer)
     SELECT id, number, employee, employer FROM convention_search_entries WHERE id NOT IN (SELECT rowid FROM convention_search)`,
  ).run();
  return result;
}

function lastConventionId(db: Db): number {
  return prepared<[], number>(db, 'SELECT coalesce(max(id), 0) FROM conventions').pluck().get()!;
}
