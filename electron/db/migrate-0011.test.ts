import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { appendAudit, auditChain } from './repositories/audit';

const tempDir = useTempDir();

describe('0011-audit-chain, on a database at version 10 holding an agency demo', () => {
  it('keeps the entries written before, makes the log append-only, and chains the next entries onto a digest of the older ones', () => {
    const file = path.join(tempDir(), 'v10-agency.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 8, seed: 3 }, 10);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(10);
    // Entries as version 10 wrote them (no hash).
    const put = db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, 'ALE de test', ?, 'convention', ?, '{}')");
    for (let i = 1; i <= 3; i++) put.run(`2009-06-1${i}T10:00:00.000Z`, 'conventions.saveDraft', i);
    const dump = () => db.prepare('SELECT id, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY id').all();
    const before = dump();
    expect(before.length).toBeGreaterThanOrEqual(3);

    expect(migrate(db, loadMigrations(), 11)).toEqual([11]);
    expect(dump()).toEqual(before);
    expect(auditChain(db)).toEqual({ entries: before.length, legacy: before.length, broken: null });

    expect(() => db.prepare("UPDATE audit_log SET actor = 'quelqu’un d’autre'").run()).toThrow(/ne se modifie pas/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/ne s’efface pas/);
    expect(() => db.prepare("INSERT INTO audit_log (at, actor, action) VALUES ('2009-06-15T10:00:00Z', 'x', 'y')").run()).toThrow(/doit être chaînée/);
    expect(() => db.prepare("INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('2009-06-15T10:00:00Z', 'x', 'y', 'zz', 'zz')").run()).toThrow(
      /CHECK/,
    );

    appendAudit(db, { at: '2009-06-15T10:00:00Z', actor: 'ALE de test', action: 'test.append' });
    expect(auditChain(db)).toEqual({ entries: before.length + 1, legacy: before.length, broken: null });
    expect(dump()).toHaveLength(before.length + 1);
    // An older entry changed (triggers dropped, as with a shell on the file) breaks the chain at the first chained entry.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'un autre' WHERE id = 1").run();
    expect(auditChain(db).broken).toMatchObject({ id: before.length + 1, reason: 'previous' });
    db.close();
  });
});
