/**
 * A NIR is searched through a keyed hash, never through the search index
 * (issue #15): HMAC-SHA256 of its first 13 digits (the NIR proper, without
 * its 2-digit key, so both forms find it) with this workspace's random key
 * (`search.nirKey`, migration 0013), cut to 128 bits (16 bytes, migration
 * 0026). Without the key the hashes cannot be tested against the ~10^13
 * possible NIRs.
 *
 * SQLite triggers cannot compute it (no application function in a trigger
 * while trusted_schema is off): every write transaction fills the hashes
 * still missing (connection.ts, inTransaction), found through a partial
 * index, and migration 0013 those of the NIRs already stored (migrate.ts).
 */
import { createHash, createHmac } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from './statements';

const keys = new WeakMap<Database, Buffer>();

function key(db: Database): Buffer {
  let found = keys.get(db);
  if (!found) {
    const value = prepared<[], string>(db, "SELECT value FROM settings WHERE key = 'search.nirKey'").pluck().get();
    if (value === undefined) throw new Error('clé de recherche des NIR absente (migration 0013 non appliquée)');
    found = Buffer.from(JSON.parse(value) as string, 'hex');
    keys.set(db, found);
  }
  return found;
}

/**
 * A demo's key, derived from its seed so that one seed always gives the same
 * database (its data is fictitious); set before any employee is written.
 */
export function useSeededNirKey(db: Database, seed: number): void {
  const key = createHash('sha256').update(`cae-demo-nir-key:${seed}`).digest('hex').toUpperCase();
  prepared<[string]>(db, "UPDATE settings SET value = json_quote(?) WHERE key = 'search.nirKey'").run(key);
  // The key just written: the hashes need not read it back (a demo drafted in a worker thread cannot, recorded-writes.ts).
  keys.set(db, Buffer.from(key, 'hex'));
}

/** The NIR proper typed in a search (13 digits, or 15 with its key; spaces ignored), or null. */
export function nirInSearch(text: string | undefined): string | null {
  const digits = (text ?? '').replace(/\s+/g, '').toUpperCase();
  // Corsica writes 2A / 2B in the department digits.
  return /^[12]\d{2}(?:\d{2}|2A|2B)\d{8}(?:\d{2})?$/.test(digits) ? digits.slice(0, 13) : null;
}

/** The hash's 16 bytes, as the column keeps them since migration 0026 (32 hexadecimal digits before). */
export function nirDigest(db: Database, nir: string): Buffer {
  return createHmac('sha256', key(db)).update(nir.slice(0, 13)).digest().subarray(0, 16);
}

/** Whether this database has the hashes (schema 13 on): a database being migrated does not yet. */
function hasDigests(db: Database): boolean {
  return prepared<[], number>(db, "SELECT count(*) FROM pragma_table_info('employees') WHERE name = 'nir_digest'").pluck().get() === 1;
}

/**
 * Fills the hashes still missing (new employees, changed NIRs); inside the caller's write transaction. `form`: how the
 * column keeps them — its 16 bytes, or the 32 hexadecimal digits of schemas 13 to 25 (migration 0013 fills them then).
 */
export function refreshNirDigests(db: Database, form: 'bytes' | 'hex' = 'bytes'): void {
  if (!hasDigests(db)) return;
  // INDEXED BY: left to itself the planner walks the UNIQUE index of every NIR (nir > ?), once per write transaction.
  const due = prepared<[], { id: number; nir: string }>(
    db,
    'SELECT id, nir FROM employees INDEXED BY employees_nir_digest_due WHERE nir IS NOT NULL AND nir_digest IS NULL',
  ).all();
  const set = due.length ? prepared<[Buffer | string, number]>(db, 'UPDATE employees SET nir_digest = ? WHERE id = ?') : undefined;
  for (const row of due) {
    const digest = nirDigest(db, row.nir);
    set!.run(form === 'hex' ? digest.toString('hex') : digest, row.id);
  }
}
