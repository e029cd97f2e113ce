/**
 * The instants a row was written, as the tables that grow with the
 * conventions store them since migration 0023: an integer, milliseconds
 * since 1970-01-01 UTC (`created_ms`, `updated_ms`), read back as the same
 * ISO 8601 text by the virtual columns `created_at`, `updated_at`.
 */

/**
 * SQL turning the ISO 8601 text bound to `parameter` (the clock's `now`)
 * into that integer. Text that is no instant gives NULL, which the NOT NULL
 * column refuses: the write fails whole.
 */
export function instantMs(parameter: string): string {
  return `CAST(round(unixepoch(${parameter}, 'subsec') * 1000) AS INTEGER)`;
}
