/**
 * Writes of the convention aggregate: the convention row, its status
 * history, its contract events, the warnings justified, the agencies' order
 * numbers, a draft deleted. Its versions are written in versions/writes.ts.
 * Callers run them inside one transaction (`inTransaction`).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CONVENTION_STATUSES, type ConventionStatus, type EventKind } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { prepared, sqlByRowCount } from '../../statements';
import { deleteVersionsOf } from '../versions/writes';
import { instantMs } from '../../instants';

export interface NewConvention {
  number: string;
  measure: Measure;
  department: string;
  prescriberCode: string;
  orderNumber: number;
  employerId: number;
  employeeId: number;
  status: ConventionStatus;
  startsOn: string;
  endsOn: string | null;
  at: string;
}

/**
 * Returns the new convention's id. Its sort keys (the employee's « NOM » and « Prénoms », the employer's name: migration
 * 0014) are written by the INSERT itself, so its trigger has nothing to rewrite (migration 0031).
 */
export function insertConvention(db: Database, c: NewConvention): number {
  return Number(
    prepared(
      db,
      `INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id,
                                status, starts_on, ends_on, created_ms, updated_ms, employee_sort, employer_sort)
       VALUES (@number, @measure, @department, @prescriberCode, @orderNumber, @employerId, @employeeId,
               @status, @startsOn, @endsOn, ${instantMs('@at')}, ${instantMs('@at')},
               coalesce((SELECT ee.last_name || char(31) || ee.first_names FROM employees ee WHERE ee.id = @employeeId), ''),
               coalesce((SELECT er.name FROM employers er WHERE er.id = @employerId), ''))`,
    ).run(c).lastInsertRowid,
  );
}

export interface NewStatusChange {
  conventionId: number;
  fromStatus: ConventionStatus | null;
  toStatus: ConventionStatus;
  onDate: string;
  actor: string;
  reason: string | null;
  at: string;
}

export function insertStatusChange(db: Database, s: NewStatusChange): void {
  insertStatusChanges(db, [s]);
}

/**
 * A status's id in `convention_statuses`: its rank in CONVENTION_STATUSES, from 1, the order migration 0027 wrote the
 * seven in (migrate-0027.test.ts checks the table against the list). Not read from the table: a demo drafted in a
 * worker thread writes through a connection that only records (draft-in-worker.ts). A name that is none of them is
 * bound as its text, which the STRICT table refuses.
 */
function statusId(name: string): number | string {
  const rank = (CONVENTION_STATUSES as readonly string[]).indexOf(name);
  return rank === -1 ? name : rank + 1;
}

/**
 * Status changes in their order (a convention's timeline), by one INSERT: a demo of 200,000 conventions writes 800,000.
 * Each takes the next rank of its convention's timeline (migration 0022), after those already stored: the SELECT reads
 * the table it fills, so SQLite computes all its rows before writing one.
 */
export function insertStatusChanges(db: Database, changes: readonly NewStatusChange[], storedActors?: Set<string>): void {
  if (changes.length === 0) return;
  const values: (string | number | null)[] = [];
  const ranks = new Map<number, number>();
  for (const s of changes) {
    const rank = (ranks.get(s.conventionId) ?? 0) + 1;
    ranks.set(s.conventionId, rank);
    values.push(s.conventionId, rank, s.fromStatus === null ? null : statusId(s.fromStatus), statusId(s.toStatus), s.onDate, s.actor, s.reason, s.at);
  }
  // Each actor named once (migration 0025): those not yet known first — unless this same transaction has stored them
  // (`storedActors`: a demo names one actor in 800,000 changes). A status by its id (migration 0027), bound here: a
  // subquery per status made the demo's changes ~15 % slower to write.
  const actors = [...new Set(changes.map((s) => s.actor))].filter((actor) => !storedActors?.has(actor));
  if (actors.length > 0) {
    prepared<string[]>(db, insertActorsSql(actors.length)).run(...actors);
    for (const actor of actors) storedActors?.add(actor);
  }
  prepared<(string | number | null)[]>(db, insertStatusChangesSql(changes.length)).run(...values);
}

const insertActorsSql = sqlByRowCount(
  1,
  (values) => `INSERT INTO actors (name) SELECT column1 FROM (VALUES ${values}) WHERE true ON CONFLICT (name) DO NOTHING`,
);

const insertStatusChangesSql = sqlByRowCount(
  8,
  (values) => `INSERT INTO status_changes (convention_id, seq, from_status_id, to_status_id, on_date, actor_id, reason, created_ms)
     SELECT v.column1, v.column2 + coalesce((SELECT max(s.seq) FROM status_changes s WHERE s.convention_id = v.column1), 0),
            v.column3, v.column4, v.column5, (SELECT a.id FROM actors a WHERE a.name = v.column6), v.column7, ${instantMs('v.column8')}
     FROM (VALUES ${values}) AS v`,
);

export interface NewEvent {
  conventionId: number;
  kind: EventKind;
  occurredOn: string;
  endsOn: string | null;
  reason: string | null;
  initiative: 'EMPLOYEE' | 'EMPLOYER' | null;
  paid: boolean | null;
  newEmployerId: number | null;
  reportedOn: string | null;
  at: string;
}

/** Returns the new event's id. */
export function insertEvent(db: Database, e: NewEvent): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO contract_events (convention_id, kind, occurred_on, ends_on, reason, initiative, paid,
                                  new_employer_id, reported_on, created_ms)
     VALUES (@conventionId, @kind, @occurredOn, @endsOn, @reason, @initiative, @paid,
             @newEmployerId, @reportedOn, ${instantMs('@at')})`,
  ).run(Object.assign({}, e, { paid: e.paid === null ? null : e.paid ? 1 : 0 }));
  return Number(lastInsertRowid);
}

/**
 * The next order number of an agency (department + prescriber code). The
 * counter only grows, so a deleted draft's number is never given again; it
 * also never falls behind a number already in `conventions` (the UNIQUE
 * constraint there is per prescriber code).
 */
export function takeOrderNumber(db: Database, department: string, prescriberCode: string): number {
  const counter =
    prepared<[string, string], { n: number }>(db, 'SELECT last_order_number AS n FROM convention_counters WHERE department = ? AND prescriber_code = ?').get(
      department,
      prescriberCode,
    )?.n ?? 0;
  const used =
    prepared<[string], { n: number | null }>(db, 'SELECT max(order_number) AS n FROM conventions WHERE prescriber_code = ?').get(prescriberCode)?.n ?? 0;
  const next = Math.max(counter, used) + 1;
  prepared(
    db,
    `INSERT INTO convention_counters (department, prescriber_code, last_order_number) VALUES (?, ?, ?)
     ON CONFLICT (department, prescriber_code) DO UPDATE SET last_order_number = excluded.last_order_number`,
  ).run(department, prescriberCode, next);
  return next;
}

export interface ConventionUpdate {
  id: number;
  measure: Measure;
  employerId: number;
  employeeId: number;
  startsOn: string;
  endsOn: string | null;
  at: string;
}

export function updateConvention(db: Database, c: ConventionUpdate): void {
  prepared(
    db,
    `UPDATE conventions SET measure = @measure, employer_id = @employerId, employee_id = @employeeId,
       starts_on = @startsOn, ends_on = @endsOn, updated_ms = ${instantMs('@at')} WHERE id = @id`,
  ).run(c);
}

export function setConventionStatus(db: Database, id: number, status: ConventionStatus, endsOn: string | null, at: string): void {
  prepared(db, `UPDATE conventions SET status = ?, ends_on = coalesce(?, ends_on), updated_ms = ${instantMs('?')} WHERE id = ?`).run(status, endsOn, at, id);
}

export interface NewJustification {
  versionId: number;
  code: string;
  text: string;
  by: string;
  at: string;
}

/** One justification per warning code and version: a new text replaces the previous one. */
export function putJustification(db: Database, j: NewJustification): void {
  prepared(
    db,
    `INSERT INTO warning_justifications (version_id, finding_code, text, justified_by, justified_at)
     VALUES (@versionId, @code, @text, @by, @at)
     ON CONFLICT (version_id, finding_code) DO UPDATE SET text = excluded.text, justified_by = excluded.justified_by, justified_at = excluded.justified_at`,
  ).run(j);
}

/** Deletes a draft and what hangs on it; its number stays taken (convention_counters). */
export function deleteDraftRows(db: Database, conventionId: number): void {
  deleteVersionsOf(db, conventionId);
  prepared(db, 'DELETE FROM status_changes WHERE convention_id = ?').run(conventionId);
  prepared(db, 'DELETE FROM contract_events WHERE convention_id = ?').run(conventionId);
  prepared(db, 'DELETE FROM conventions WHERE id = ?').run(conventionId);
}

/** A draft's events follow its document: replaced whole at each save. */
export function deleteEvents(db: Database, conventionId: number): void {
  prepared(db, 'DELETE FROM contract_events WHERE convention_id = ?').run(conventionId);
}
