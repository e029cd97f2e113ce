/**
 * The audit log: append-only (triggers of migration 0011 refuse UPDATE and
 * DELETE) and hash-chained. Each entry holds the SHA-256 of the previous one
 * and its own, over its fields and that previous hash, so that changing,
 * removing or reordering any entry breaks the chain from there on; `cae
 * verify` walks it (auditChain). Rows written before migration 0011 have no
 * hash: the first chained entry's previous hash is the digest of all of them.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../statements';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity?: string;
  entityId?: number;
  details?: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string | null;
  entity_id: number | null;
  details: string;
  prev_hash: string | null;
  hash: string | null;
}

/** The previous hash of the very first entry of a log that starts chained. */
export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** An entry's hash: its id (no reordering), its fields and the previous hash, in a fixed order. */
function entryHash(row: Omit<AuditRow, 'hash'>): string {
  return sha256(JSON.stringify([row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.details, row.prev_hash]));
}

/** The digest of the entries written before the chain (migration 0011), in id order. */
function legacyDigest(rows: readonly AuditRow[]): string {
  if (!rows.length) return GENESIS_HASH;
  const hash = createHash('sha256');
  for (const r of rows) hash.update(`${JSON.stringify([r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.details])}\n`, 'utf8');
  return hash.digest('hex');
}

function previousHash(db: Database): string {
  const last = prepared(db, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string | null } | undefined;
  if (!last) return GENESIS_HASH;
  if (last.hash) return last.hash;
  // Only once, at the first entry after migration 0011.
  return legacyDigest(prepared(db, 'SELECT * FROM audit_log ORDER BY id').all() as AuditRow[]);
}

/**
 * Appends to the audit log; called inside the (IMMEDIATE) transaction of the write it records, so the chain cannot fork.
 * An entry that records no write of its own (a NIR read, a refused import) takes that write lock here.
 */
export function appendAudit(db: Database, entry: AuditEntry): void {
  if (!db.inTransaction) return db.transaction(() => appendAudit(db, entry)).immediate();
  const id = ((prepared(db, 'SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0) + 1;
  const row = {
    id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity ?? null,
    entity_id: entry.entityId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    prev_hash: previousHash(db),
  };
  prepared(
    db,
    'INSERT INTO audit_log (id, at, actor, action, entity, entity_id, details, prev_hash, hash) VALUES (@id, @at, @actor, @action, @entity, @entity_id, @details, @prev_hash, @hash)',
  ).run({ ...row, hash: entryHash(row) });
}

export interface ChainBreak {
  id: number;
  at: string;
  reason: 'hash' | 'previous' | 'unchained';
}

export interface AuditChainReport {
  entries: number;
  /** Entries written before the chain existed (migration 0011), covered by the first chained entry. */
  legacy: number;
  broken: ChainBreak | null;
}

/** Walks the whole log in id order and says where the chain first breaks, if it does. */
export function auditChain(db: Database): AuditChainReport {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
  const firstChained = rows.findIndex((r) => r.hash !== null);
  const legacy = firstChained === -1 ? rows.length : firstChained;
  let expected = legacyDigest(rows.slice(0, legacy));
  for (const row of rows.slice(legacy)) {
    if (row.hash === null || row.prev_hash === null) return { entries: rows.length, legacy, broken: { id: row.id, at: row.at, reason: 'unchained' } };
    if (row.prev_hash !== expected) return { entries: rows.length, legacy, broken: { id: row.id, at: row.at, reason: 'previous' } };
    if (entryHash(row) !== row.hash) return { entries: rows.length, legacy, broken: { id: row.id, at: row.at, reason: 'hash' } };
    expected = row.hash;
  }
  return { entries: rows.length, legacy, broken: null };
}
