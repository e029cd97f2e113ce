/**
 * Schema objects (indexes, triggers) dropped while a bulk write runs, then
 * made again from their own SQL, as the schema had them: the indexes built
 * once at the end (indexes-built-after.ts), the triggers whose work is done
 * by slices instead (search-built-after.ts, monthly-totals-built-after.ts).
 * Inside the caller's transaction: a work that fails rolls back, and the
 * objects come back with everything else.
 */
import { prepared } from './statements';
import type { Db } from './connection';

export type SchemaObjectType = 'index' | 'trigger';

const KEYWORD: Record<SchemaObjectType, string> = { index: 'INDEX', trigger: 'TRIGGER' };

/** `work` with the `type` objects named `names` dropped, made again after it in that order; one missing is an error. */
export function withSchemaObjectsDropped<T>(db: Db, type: SchemaObjectType, names: readonly string[], work: () => T): T {
  const objects = names.map((name) => {
    const sql = prepared<[string, string], string>(db, 'SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?').pluck().get(type, name);
    if (sql === undefined || sql === null) throw new Error(`${type === 'index' ? 'Index' : 'Déclencheur'} ${name} absent du schéma.`);
    return { name, sql };
  });
  // Names from the schema itself, quoted: never text from outside.
  for (const { name } of objects) db.exec(`DROP ${KEYWORD[type]} "${name.replaceAll('"', '""')}"`);
  const result = work();
  for (const { sql } of objects) db.exec(sql);
  return result;
}
