import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices } from '../api/app-services';
import { generateDemoWorkspace } from '../app/demo/generate';
import { contentHash } from '../db/backup-file';
import { openDatabase } from '../db/connection';
import { auditChain } from '../db/repositories/audit';
import { RETENTION_TABLES } from '../db/repositories/retention';
import { isDueForPurge, RETENTION_DEFAULT_YEARS } from '../../shared/domain/retention';
import { archiveAndPurge, retentionSummary, retentionYears, saveRetentionYears } from './retention';
import { decryptArchive } from '../db/sealed-file';

const tempDir = useTempDir();
const DAY = '2009-06-15';
const PASSPHRASE = 'correct cheval pile agrafe';
const options = { passphrase: PASSPHRASE, day: DAY, now: '2026-12-04T10:00:00.000Z', at: new Date('2026-12-04T10:00:00.000Z') };

/** The employer demo (activity, payments received, lot lines), kept 2 years: conventions ended before 15/06/2007 are due. */
function workspace(): { dir: string; db: Database; due: number[] } {
  const dir = tempDir();
  generateDemoWorkspace({ file: path.join(dir, 'cae.sqlite'), role: 'employeur', conventions: 60, seed: 1 });
  const db = openDatabase(path.join(dir, 'cae.sqlite'));
  saveRetentionYears(db, 2, '2026-12-04T09:00:00.000Z');
  // Independent of the repository: signed, effective end before the cutoff.
  const due = db
    .prepare("SELECT id FROM conventions WHERE status NOT IN ('brouillon', 'a_signer') AND ends_on < '2007-06-15' ORDER BY id")
    .pluck()
    .all() as number[];
  const kept = db.prepare('SELECT id FROM conventions WHERE id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1').pluck().get(JSON.stringify(due));
  // An obligation mark of each side (keyed `<convention id>:…`).
  const mark = db.prepare("INSERT INTO obligation_marks (key, done_on, done_by, recorded_at) VALUES (?, '2009-01-05', 'Test', '2009-01-05T10:00:00Z')");
  mark.run(`${due[0]}:renouvellement:1`);
  mark.run(`${kept as number}:renouvellement:1`);
  return { dir, db, due };
}

const tablesWithConventionId = (db: Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).filter((t) =>
    (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).includes('convention_id'),
  );

/** Every row that does not belong to the due conventions (the audit log aside), as a hash: the purge must not change it. */
function restHash(db: Database, due: number[]): string {
  const ids = JSON.stringify(due);
  const not = '(SELECT value FROM json_each(@ids))';
  const parts = [
    ...tablesWithConventionId(db).map((t) =>
      db.prepare(`SELECT * FROM ${t} WHERE convention_id IS NULL OR convention_id NOT IN ${not} ORDER BY 1, 2`).raw().all({ ids }),
    ),
    db.prepare(`SELECT * FROM conventions WHERE id NOT IN ${not} ORDER BY id`).raw().all({ ids }),
    db.prepare(`SELECT * FROM employees WHERE id IN (SELECT employee_id FROM conventions WHERE id NOT IN ${not}) ORDER BY id`).raw().all({ ids }),
    db.prepare('SELECT * FROM employers ORDER BY id').raw().all(),
    db.prepare('SELECT * FROM exchange_lots ORDER BY id').raw().all(),
    db.prepare('SELECT * FROM settings ORDER BY key').raw().all(),
    db.prepare(`SELECT * FROM obligation_marks WHERE key NOT LIKE ? ORDER BY key`).raw().all(`${due[0]}:%`),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const searchHits = (db: Database, text: string) => db.prepare('SELECT rowid FROM convention_search WHERE convention_search MATCH ?').pluck().all(`"${text}"`);

describe('retention: archive then purge (issue #15 §1)', () => {
  it('keeps by default the years the data-protection notice states', () => {
    const notice = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/protection-des-donnees.md'), 'utf8');
    expect(notice).toContain(`**${RETENTION_DEFAULT_YEARS} ans** après la fin de la convention`);
    const db = openDatabase(path.join(tempDir(), 'cae.sqlite'));
    expect(retentionYears(db)).toBe(RETENTION_DEFAULT_YEARS);
    db.close();
  });

  it('counts in SQL what the rule says of each convention, a convention ended exactly N years before the day not yet due', () => {
    const { db } = workspace();
    // An undated signed convention (a CDI's open end) is never due.
    db.prepare("UPDATE conventions SET ends_on = NULL WHERE id = (SELECT min(id) FROM conventions WHERE status = 'terminee')").run();
    const all = db.prepare('SELECT status, ends_on AS endsOn FROM conventions').all() as { status: string; endsOn: string | null }[];
    expect(all.some((c) => c.status === 'terminee' && c.endsOn === null)).toBe(true);
    const ended = db
      .prepare("SELECT ends_on FROM conventions WHERE status = 'terminee' AND ends_on IS NOT NULL ORDER BY ends_on LIMIT 1")
      .pluck()
      .get() as string;
    const exactly = `${Number(ended.slice(0, 4)) + 2}${ended.slice(4)}`;
    for (const day of [DAY, '2008-01-01', exactly, '9999-12-31']) {
      expect(retentionSummary(db, day).due, day).toBe(all.filter((c) => isDueForPurge(c, day, 2)).length);
    }
    const dayAfter = new Date(Date.parse(`${exactly}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const endingOn = all.filter((c) => c.endsOn === ended && isDueForPurge(c, dayAfter, 2)).length;
    expect(endingOn).toBeGreaterThan(0);
    expect(retentionSummary(db, dayAfter).due - retentionSummary(db, exactly).due).toBeGreaterThanOrEqual(endingOn);
    db.close();
  });

  it('every table that refers to a convention is purged with it', () => {
    const { db } = workspace();
    const handled = RETENTION_TABLES.map((t) => t.table);
    for (const t of tablesWithConventionId(db)) expect(handled, t).toContain(t);
    const referencing = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((t) =>
      (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(t) as string[]).some((r) => ['conventions', 'convention_versions'].includes(r)),
    );
    for (const t of referencing) expect(handled, t).toContain(t);
    db.close();
  });

  it('archives the due conventions encrypted, checks the archive, then deletes them from every table and the search index; the rest is untouched', () => {
    const { dir, db, due } = workspace();
    expect(due.length).toBeGreaterThan(5);
    expect(retentionSummary(db, DAY)).toMatchObject({ years: 2, cutoff: '2007-06-15', due: due.length });
    const rest = restHash(db, due);
    const number = db.prepare('SELECT number FROM conventions WHERE id = ?').pluck().get(due[0]) as string;
    expect(searchHits(db, number)).toEqual([due[0]]);
    const activity = db
      .prepare(`SELECT count(*) FROM activity_months WHERE convention_id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .get(JSON.stringify(due));
    expect(activity).toBeGreaterThan(0);

    const done = archiveAndPurge(db, dir, options);

    expect(done.count).toBe(due.length);
    for (const t of tablesWithConventionId(db)) {
      expect(db.prepare(`SELECT count(*) FROM ${t} WHERE convention_id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(due)), t).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM conventions WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(due))).toBe(0);
    expect(db.prepare('SELECT count(*) FROM obligation_marks WHERE key LIKE ?').pluck().get(`${due[0]}:%`)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM employees WHERE id NOT IN (SELECT employee_id FROM conventions)').pluck().get()).toBe(0);
    expect(searchHits(db, number)).toEqual([]);
    expect(restHash(db, due)).toBe(rest);
    expect(retentionSummary(db, DAY).due).toBe(0);

    // The archive: 0600 in a 0700 folder, and it decrypts with the passphrase to the due conventions and their rows.
    expect(path.dirname(done.archive)).toBe(path.join(dir, 'archives'));
    if (process.platform !== 'win32') {
      expect(fs.statSync(done.archive).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(done.archive)).mode & 0o777).toBe(0o700);
    }
    const bytes = fs.readFileSync(done.archive);
    expect(bytes.subarray(0, bytes.indexOf(0x0a)).toString()).toMatch(/^\{"format":"cae-archive-conservation","version":1,"kdf":"scrypt".*"iv":.*"tag":/);
    expect(bytes.includes(Buffer.from(number))).toBe(false);
    const archived = JSON.parse(decryptArchive(bytes, PASSPHRASE)) as { conventionIds: number[]; tables: Record<string, { id?: number; number?: string }[]> };
    expect(archived.conventionIds).toEqual(due);
    expect(archived.tables.conventions!.map((c) => c.id)).toEqual(due);
    expect(archived.tables.conventions!.map((c) => c.number)).toContain(number);
    expect(archived.tables.activity_months).toHaveLength(activity as number);
    expect(archived.tables.employees).toHaveLength(due.length);
    // A NIR's hash in hexadecimal, as the rest of the archive is text (16 bytes in the database since migration 0026).
    const hashes = (archived.tables.employees as unknown as { nir: string | null; nir_digest: string | null }[]).filter((e) => e.nir !== null);
    expect(hashes.length).toBeGreaterThan(0);
    for (const e of hashes) expect(e.nir_digest).toMatch(/^[0-9a-f]{32}$/);
    // A version's document is in the archive as its JSON text, readable without the app's packing (migration 0020), NIR still left out.
    const versions = archived.tables.convention_versions as unknown as { document: string }[];
    expect(versions.length).toBeGreaterThanOrEqual(due.length);
    for (const v of versions)
      expect(JSON.parse(v.document)).toMatchObject({ schema: 'cae.convention/1', employee: expect.not.objectContaining({ nir: expect.anything() }) });
    // The actors of the archived status changes go with them (a change names its actor by id, migration 0025), and stay here.
    const changes = archived.tables.status_changes as unknown as { actor_id: number }[];
    const actors = archived.tables.actors as unknown as { id: number; name: string }[];
    expect(changes.length).toBeGreaterThanOrEqual(due.length);
    expect(new Set(changes.map((c) => c.actor_id))).toEqual(new Set(actors.map((a) => a.id)));
    expect(actors.map((a) => a.name)).toContain('démonstration');
    expect(
      db
        .prepare('SELECT count(*) FROM actors WHERE id IN (SELECT value FROM json_each(?))')
        .pluck()
        .get(JSON.stringify(actors.map((a) => a.id))),
    ).toBe(actors.length);
    // So do the names of the statuses they go from and to (by id since migration 0027): every status a change names is read there.
    const statuses = new Map((archived.tables.convention_statuses as unknown as { id: number; name: string }[]).map((s) => [s.id, s.name]));
    const named = changes as unknown as { from_status_id: number | null; to_status_id: number }[];
    expect(named.map((c) => statuses.get(c.to_status_id))).toContain('terminee');
    for (const c of named) {
      expect(statuses.get(c.to_status_id)).toBeDefined();
      if (c.from_status_id !== null) expect(statuses.get(c.from_status_id)).toBeDefined();
    }
    expect(() => decryptArchive(bytes, 'une autre phrase de passe')).toThrow(/phrase secrète incorrecte/);

    // One audit entry, with the count and the archive's SHA-256, the chain intact.
    const entry = db.prepare("SELECT details FROM audit_log WHERE action = 'retention.purge'").pluck().all() as string[];
    expect(entry).toHaveLength(1);
    expect(JSON.parse(entry[0]!)).toMatchObject({ count: due.length, sha256: createHash('sha256').update(bytes).digest('hex'), archive: done.name });
    expect(done.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(auditChain(db).broken).toBeNull();
    db.close();
  });

  it('a refusal changes nothing: passphrase too short, nothing due — no deletion, no archive left', () => {
    const { dir, db } = workspace();
    const before = contentHash(db);
    const audit = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(() => archiveAndPurge(db, dir, { ...options, passphrase: 'trop court' })).toThrow(/au moins 12 caractères : rien n'a été archivé ni supprimé/);
    saveRetentionYears(db, 30, '2026-12-04T09:30:00.000Z');
    const afterSetting = contentHash(db);
    expect(() => archiveAndPurge(db, dir, options)).toThrow(/Aucune convention n'a pris fin avant le 15\/06\/1979 : rien à archiver/);
    expect(contentHash(db)).toBe(afterSetting);
    expect(afterSetting).not.toBe(before); // the setting itself did change
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe((audit as number) + 1);
    expect(fs.existsSync(path.join(dir, 'archives')) ? fs.readdirSync(path.join(dir, 'archives')) : []).toEqual([]);
    db.close();
  });

  it('a failure after the archive is written deletes nothing and removes the archive', () => {
    const { dir, db, due } = workspace();
    const before = contentHash(db);
    // A row the purge cannot delete: the deletion fails inside the transaction.
    db.exec("CREATE TRIGGER block_purge BEFORE DELETE ON conventions BEGIN SELECT RAISE(ABORT, 'bloqué'); END");
    expect(() => archiveAndPurge(db, dir, options)).toThrow(/bloqué/);
    expect(contentHash(db)).toBe(before);
    expect(db.prepare('SELECT count(*) FROM conventions WHERE id = ?').pluck().get(due[0])).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'archives'))).toEqual([]);
    db.close();
  });

  it('through the channels: summary seen from the demo day, the setting, a short passphrase refused in French, then the purge', async () => {
    const app = createAppServices({ dataDir: tempDir(), mode: 'browser', now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' });
    await app.invoke('workspace.openDemo', { role: 'employeur' });
    expect(await app.invoke('retention.summary', {})).toMatchObject({ ok: true, value: { today: DAY, years: 5, cutoff: '2004-06-15', due: 0 } });
    expect(await app.invoke('retention.saveSettings', { years: 31 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: /au plus 30 ans/ } });
    const saved = await app.invoke('retention.saveSettings', { years: 2 });
    expect(saved).toMatchObject({ ok: true, value: { years: 2, cutoff: '2007-06-15' } });
    const due = saved.ok ? saved.value.due : 0;
    expect(due).toBeGreaterThan(0);
    expect(await app.invoke('retention.archiveAndPurge', { passphrase: 'court' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /au moins 12 caractères/ },
    });
    expect(await app.invoke('retention.summary', {})).toMatchObject({ ok: true, value: { due } });
    const done = await app.invoke('retention.archiveAndPurge', { passphrase: PASSPHRASE });
    expect(done).toMatchObject({ ok: true, value: { count: due, summary: { due: 0 } } });
    expect(await app.invoke('dashboard.summary', {})).toMatchObject({ ok: true, value: { retention: { due: 0, years: 2 } } });
    app.close();
  });
});
