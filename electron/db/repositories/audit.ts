import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity?: string;
  entityId?: number;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; called inside the transaction of the write it records. */
export function appendAudit(db: Database, entry: AuditEntry): void {
  prepared(db, 'INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (@at, @actor, @action, @entity, @entityId, @details)').run({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    details: JSON.stringify(entry.details ?? {}),
  });
}
