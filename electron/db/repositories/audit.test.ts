/** The audit log is append-only and hash-chained (issue #15 §1): any change to an entry is found, and where. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { openDatabase, type Db } from '../connection';
import { appendAudit, auditChain, GENESIS_HASH } from './audit';

const tempDir = useTempDir('cae-audit-');
const freshDb = (name = 'cae.sqlite') => openDatabase(path.join(tempDir(), name));

function logOf(n: number): Db {
  const db = freshDb();
  for (let i = 1; i <= n; i++)
    appendAudit(db, { at: `2009-06-${String(i).padStart(2, '0')}T10:00:00.000Z`, actor: 'ALE de test', action: `test.${i}`, details: { i } });
  return db;
}

/** What an attacker with the SQLite file and a shell could do: the triggers removed, then a row changed. */
function tamper(db: Db, sql: string): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_chained;');
  db.exec(sql);
}

describe('audit log, append-only and hash-chained', () => {
  it('each entry holds the hash of the previous one, the first the genesis hash', () => {
    const db = logOf(3);
    const rows = db.prepare('SELECT prev_hash, hash FROM audit_log ORDER BY id').all() as { prev_hash: string; hash: string }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(3);
    expect(auditChain(db)).toEqual({ entries: 3, legacy: 0, broken: null });
  });

  it('refuses to change or remove an entry through SQL, in French', () => {
    const db = logOf(2);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'autre' WHERE id = 1").run()).toThrow(/Le journal d’audit ne se modifie pas/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/Le journal d’audit ne s’efface pas/);
    expect(auditChain(db).broken).toBeNull();
  });

  it('finds a changed entry (its own hash no longer matches)', () => {
    const db = logOf(5);
    tamper(db, "UPDATE audit_log SET actor = 'un autre' WHERE id = 3");
    expect(auditChain(db).broken).toEqual({ id: 3, at: '2009-06-03T10:00:00.000Z', reason: 'hash' });
  });

  it('finds a removed entry (the next one no longer follows)', () => {
    const db = logOf(5);
    tamper(db, 'DELETE FROM audit_log WHERE id = 2');
    expect(auditChain(db).broken).toMatchObject({ id: 3, reason: 'previous' });
  });

  it('finds an entry rewritten with a recomputed hash of its own (the next one no longer follows)', () => {
    const db = logOf(4);
    // The forger recomputes entry 2 by appending the same fields to a copy whose entry 1 is the same.
    const copy = freshDb('copie.sqlite');
    appendAudit(copy, { at: '2009-06-01T10:00:00.000Z', actor: 'ALE de test', action: 'test.1', details: { i: 1 } });
    appendAudit(copy, { at: '2009-06-02T10:00:00.000Z', actor: 'ALE de test', action: 'test.2', details: { i: 99 } });
    const hash = copy.prepare('SELECT hash FROM audit_log WHERE id = 2').pluck().get() as string;
    tamper(db, `UPDATE audit_log SET details = '{"i":99}', hash = '${hash}' WHERE id = 2`);
    expect(auditChain(db).broken).toMatchObject({ id: 3, reason: 'previous' });
  });

  it('finds an entry added without the app (no hash)', () => {
    const db = logOf(2);
    tamper(db, "INSERT INTO audit_log (at, actor, action) VALUES ('2009-06-10T10:00:00.000Z', 'intrus', 'x')");
    expect(auditChain(db).broken).toMatchObject({ id: 3, reason: 'unchained' });
  });
});
