/**
 * The conventions due for purge under the retention period, their rows in
 * every table (for the encrypted archive), and their deletion. The list of
 * tables is the one home of « what belongs to a convention »: every table
 * with a `convention_id` column is in it (retention.test.ts checks the
 * schema), the rows that point at one of them through another table too.
 * The full-text index follows the conventions by its trigger
 * (convention_search_delete). Kept: the employers (organisations, still
 * referenced elsewhere) and their blocks as documents held them
 * (`document_parts`, migration 0029; the archive keeps each document whole), the actors of status changes and the statuses' names, the exchange lots' headers (their sequence numbers
 * must never be given again) and the audit log (append-only).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SIGNED_STATUSES } from '../../../shared/domain/retention';
import { prepared } from '../statements';
import { documentJson } from './versions/documents';

const IDS = '(SELECT value FROM json_each(@ids))';
const VERSION_IDS = `(SELECT id FROM convention_versions WHERE convention_id IN ${IDS})`;
/** A lot line carrying a record of these conventions (`version:…`, `event:…`, `denunciation:…`, `activity:<id>:…`) or naming one of them. */
const LINE_OF_THEM = `(convention_id IN ${IDS}
  OR record_ref IN (SELECT 'version:' || id FROM convention_versions WHERE convention_id IN ${IDS})
  OR record_ref IN (SELECT 'event:' || id FROM contract_events WHERE convention_id IN ${IDS})
  OR record_ref IN (SELECT 'denunciation:' || id FROM denunciations WHERE convention_id IN ${IDS})
  OR (record_ref GLOB 'activity:*' AND CAST(substr(record_ref, 10, instr(substr(record_ref, 10), ':') - 1) AS INTEGER) IN ${IDS}))`;
/** Obligation marks are keyed `<convention id>:<what>:<which>`. */
const MARK_OF_THEM = `CAST(substr(key, 1, instr(key, ':') - 1) AS INTEGER) IN ${IDS} AND key GLOB '[0-9]*:*'`;
/** The people of these conventions who have no other convention: their NIR goes with them. */
const ORPHAN_EMPLOYEES = `id IN (SELECT employee_id FROM conventions WHERE id IN ${IDS})
  AND NOT EXISTS (SELECT 1 FROM conventions o WHERE o.employee_id = employees.id AND o.id NOT IN ${IDS})`;

/** Each table's rows belonging to the conventions, in deletion order (children first); then the people left without a convention. */
export const RETENTION_TABLES: readonly { table: string; where: string }[] = [
  { table: 'warning_justifications', where: `version_id IN ${VERSION_IDS}` },
  { table: 'exchange_lot_lines', where: LINE_OF_THEM },
  { table: 'aid_payments', where: `convention_id IN ${IDS}` },
  { table: 'received_payments', where: `convention_id IN ${IDS}` },
  { table: 'activity_months', where: `convention_id IN ${IDS}` },
  { table: 'obligation_marks', where: MARK_OF_THEM },
  { table: 'status_changes', where: `convention_id IN ${IDS}` },
  { table: 'contract_events', where: `convention_id IN ${IDS}` },
  { table: 'denunciations', where: `convention_id IN ${IDS}` },
  { table: 'convention_versions', where: `convention_id IN ${IDS}` },
  { table: 'conventions', where: `id IN ${IDS}` },
];

/** Copied into the archive, not deleted. */
const ARCHIVED_ONLY: readonly { table: string; where: string }[] = [
  { table: 'employees', where: `id IN (SELECT employee_id FROM conventions WHERE id IN ${IDS})` },
  {
    table: 'employers',
    where: `id IN (SELECT employer_id FROM conventions WHERE id IN ${IDS}) OR id IN (SELECT employer_id FROM convention_versions WHERE convention_id IN ${IDS})`,
  },
  { table: 'audit_log', where: `entity = 'convention' AND entity_id IN ${IDS}` },
  // Who changed their statuses (a status change names its actor by id, migration 0025); kept, as others may name them.
  { table: 'actors', where: `id IN (SELECT actor_id FROM status_changes WHERE convention_id IN ${IDS})` },
  // The names of the statuses they go from and to (by id since migration 0027): the seven, fixed, kept.
  { table: 'convention_statuses', where: 'true' },
];

const SIGNED = SIGNED_STATUSES.map((s) => `'${s}'`).join(', ');
/**
 * Signed conventions ended before the cutoff, read from the index of signed conventions' ends (migration 0015, its
 * WHERE the same statuses, its key the end with an undated one at '9999-12-31'): a cutoff is a day, never after
 * '9999-12-31', so an undated convention is never before it. Left free, the planner walked the status index, every
 * signed convention (12 ms at 200,000, on the dashboard), since migration 0028 dropped the index of statuses and ends.
 */
const DUE = `FROM conventions INDEXED BY conventions_running_until WHERE status IN (${SIGNED}) AND coalesce(ends_on, '9999-12-31') < @cutoff`;

/** The conventions whose effective end is before `cutoff` (shared/domain/retention.ts), by id. */
export function dueConventionIds(db: Database, cutoff: string): number[] {
  return prepared<[{ cutoff: string }], number>(db, `SELECT id ${DUE} ORDER BY id`).pluck().all({ cutoff });
}

export function countDueConventions(db: Database, cutoff: string): number {
  return prepared<[{ cutoff: string }], number>(db, `SELECT count(*) ${DUE}`).pluck().get({ cutoff })!;
}

/**
 * A row as the archive keeps it, readable as JSON text: a version's document as its whole JSON text (without this
 * app's packing, packing.ts, its employer block in its place), a NIR's hash in hexadecimal (its 16 bytes since migration 0026).
 */
function archived(db: Database, table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'convention_versions') return { ...row, document: documentJson(db, row.document as Buffer) };
  if (table === 'employees') return { ...row, nir_digest: row.nir_digest === null ? null : Buffer.from(row.nir_digest as Uint8Array).toString('hex') };
  return row;
}

/** Every row of the conventions, table by table (the employees and employers they name, their audit entries included). */
export function conventionRows(db: Database, ids: readonly number[]): Record<string, unknown[]> {
  const param = { ids: JSON.stringify(ids) };
  const rows: Record<string, unknown[]> = {};
  for (const { table, where } of [...RETENTION_TABLES, ...ARCHIVED_ONLY]) {
    rows[table] = prepared<[{ ids: string }], Record<string, unknown>>(db, `SELECT * FROM ${table} WHERE ${where}`)
      .all(param)
      .map((row) => archived(db, table, row));
  }
  return rows;
}

/** Deletes the conventions and everything that belongs to them; the rows deleted per table. Inside the caller's transaction. */
export function deleteConventions(db: Database, ids: readonly number[]): Record<string, number> {
  const param = { ids: JSON.stringify(ids) };
  // Chosen before their conventions go.
  const orphans = prepared<[{ ids: string }], number>(db, `SELECT id FROM employees WHERE ${ORPHAN_EMPLOYEES}`).pluck().all(param);
  const deleted: Record<string, number> = {};
  for (const { table, where } of RETENTION_TABLES) {
    deleted[table] = prepared<[{ ids: string }]>(db, `DELETE FROM ${table} WHERE ${where}`).run(param).changes;
  }
  deleted.employees = prepared<[{ ids: string }]>(db, `DELETE FROM employees WHERE id IN ${IDS}`).run({ ids: JSON.stringify(orphans) }).changes;
  return deleted;
}
