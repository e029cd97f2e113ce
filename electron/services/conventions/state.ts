/**
 * What every convention service shares: its context (database, clock, who
 * acts), loading a convention with its current version, and recording a
 * status change through the lifecycle rules.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/api/result';
import type { ConventionStatus } from '../../../shared/domain/enums';
import { checkTransition, type TransitionFacts } from '../../../shared/domain/lifecycle';
import { checkConvention, type CheckResult } from '../../../shared/rules/index';
import { appendAudit } from '../../db/repositories/audit';
import { findConvention, listStatusChanges, type ConventionRecord } from '../../db/repositories/conventions/read';
import { insertStatusChange, setConventionStatus } from '../../db/repositories/conventions/writes';
import { latestDenunciation } from '../../db/repositories/conventions/denunciations';
import { conventionNir, versionDocument } from '../../db/repositories/versions/documents';
import { listVersions, type VersionRecord } from '../../db/repositories/versions/read';
import { hasSignedInActor, workspaceActor } from '../../db/repositories/accounts';
import type { Doc } from './document';

export interface ServiceContext {
  db: Database;
  /** Instant for records (ISO 8601). */
  now: () => string;
  /** Today `YYYY-MM-DD`: late reporting, no change dated in the future. */
  today: () => string;
}

/**
 * Who acts: the signed-in account when the workspace has accounts (never a typed name then);
 * otherwise the name given, else the workspace's name.
 */
export function actorOf(sc: ServiceContext, given?: string | null): string {
  if (hasSignedInActor(sc.db)) return workspaceActor(sc.db);
  return given?.trim() || workspaceActor(sc.db);
}

export interface Loaded {
  row: ConventionRecord;
  versions: VersionRecord[];
  current: VersionRecord;
  doc: Doc;
}

export function loadConvention(db: Database, id: number): Loaded {
  const row = findConvention(db, id);
  if (!row) throw new AppError('NOT_FOUND', `La convention n° ${id} n’existe pas (ou plus) dans cet espace de travail.`);
  const versions = listVersions(db, id);
  const current = versions.at(-1);
  if (!current) throw new AppError('NOT_FOUND', `La convention ${row.number} n’a aucune version enregistrée.`);
  return { row, versions, current, doc: versionDocument(db, current.document, conventionNir(db, id)) as Doc };
}

export function check(sc: ServiceContext, doc: Doc): CheckResult {
  return checkConvention(doc, { today: sc.today() });
}

/** Last day of the convention (rupture and renewals included), as the rules compute it. */
export function conventionEndOf(doc: Doc, result: CheckResult): string | null {
  const end = result.computed.conventionEnd?.value ?? doc.contract?.plannedEnd ?? null;
  const start = doc.contract?.hiredOn;
  // A rupture on the hiring day ends the convention that day (the column cannot end before it starts).
  return end !== null && start && end < start ? start : end;
}

function lastChangeOn(db: Database, conventionId: number): string | null {
  return listStatusChanges(db, conventionId).at(-1)?.onDate ?? null;
}

export interface StatusChange {
  to: ConventionStatus;
  date: string;
  actor: string;
  reason?: string | null | undefined;
  facts?: Partial<TransitionFacts>;
  /** New end of the convention (a rupture ends it early). */
  endsOn?: string | null;
  audit?: Record<string, unknown>;
}

/** Applies the lifecycle rules, then records the change in the timeline and the audit log. Call inside a transaction. */
export function changeStatus(sc: ServiceContext, loaded: Loaded, change: StatusChange): void {
  const { row, doc } = loaded;
  const open = latestDenunciation(sc.db, row.id);
  const result = check(sc, doc);
  const facts: TransitionFacts = {
    today: sc.today(),
    lastChangeOn: lastChangeOn(sc.db, row.id),
    hiredOn: doc.contract?.hiredOn ?? null,
    conventionEnd: conventionEndOf(doc, result),
    denunciation:
      open && open.decision === null
        ? { intentOn: open.intentNotifiedOn, observationsDeadline: open.observationsDeadline, observationsOn: open.observationsReceivedOn }
        : null,
    ...change.facts,
  };
  const errors = checkTransition({ from: row.status, to: change.to, date: change.date, actor: change.actor, reason: change.reason }, facts);
  if (errors.length > 0) throw new AppError('CONFLICT', errors.map((e) => e.message).join(' '));
  const at = sc.now();
  insertStatusChange(sc.db, {
    conventionId: row.id,
    fromStatus: row.status,
    toStatus: change.to,
    onDate: change.date,
    actor: change.actor,
    reason: change.reason?.trim() || null,
    at,
  });
  setConventionStatus(sc.db, row.id, change.to, change.endsOn ?? null, at);
  appendAudit(sc.db, {
    at,
    actor: change.actor,
    action: 'conventions.transition',
    entity: 'convention',
    entityId: row.id,
    details: { from: row.status, to: change.to, date: change.date, ...change.audit },
  });
  row.status = change.to;
}
