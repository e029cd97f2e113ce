import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkConvention, isValidNir, isValidSepaIban, isValidSiret, type ConventionDocument } from '../../../shared/rules/index';
import { isSigned, type ConventionStatus } from '../../../shared/domain/enums';
import { openDatabase } from '../../db/connection';
import { schemaRows } from '../../../test/helpers/schema';
import { tableRows } from '../../../test/helpers/table-rows';
import { generateDemoWorkspace } from './generate';
import { versionDocument } from '../../db/repositories/versions/documents';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-demo-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  const tables = [
    'workspace',
    'employers',
    'employees',
    'conventions',
    'convention_versions',
    'status_changes',
    'actors',
    'contract_events',
    'exchange_lots',
    'aid_rates',
    'aid_payments',
    'received_payments',
  ];
  const out = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())).join('\n');
  db.close();
  return out;
}

/** Every table's rows, the search index's and the settings' included. */
function dumpAll(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const out = Object.fromEntries(tables.map((t) => [t, tableRows(db, t)]));
  db.close();
  return out;
}

describe('demo workspace', () => {
  it('is the same for the same seed, and differs for another seed', () => {
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    const c = path.join(dir, 'c.sqlite');
    generateDemoWorkspace({ file: a, role: 'agence', conventions: 120, seed: 7 });
    generateDemoWorkspace({ file: b, role: 'agence', conventions: 120, seed: 7 });
    generateDemoWorkspace({ file: c, role: 'agence', conventions: 120, seed: 8 });
    expect(dump(a)).toBe(dump(b));
    expect(dump(a)).not.toBe(dump(c));
    expect(fs.existsSync(`${a}.partial`)).toBe(false);
  });

  it('holds the requested conventions with identifiers that pass their check digits', () => {
    const file = path.join(dir, 'demo.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 200, seed: 1 });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM conventions').get()).toEqual({ n: 200 });
    const measures = db.prepare('SELECT DISTINCT measure FROM conventions ORDER BY 1').pluck().all();
    expect(measures).toEqual(['CAE', 'CAE_DOM', 'CAV']);
    for (const nir of db.prepare('SELECT nir FROM employees').pluck().all() as string[]) {
      expect(isValidNir(nir)).toBe(true);
    }
    for (const { siret, iban } of db.prepare('SELECT siret, iban FROM employers').all() as { siret: string; iban: string }[]) {
      expect(isValidSiret(siret)).toBe(true);
      expect(isValidSepaIban(iban)).toBe(true);
    }
    // CAE-DOM conventions are overseas; the others in the agency's department.
    expect(db.prepare("SELECT DISTINCT department FROM conventions WHERE measure = 'CAE_DOM'").pluck().all()).toEqual(['974']);
    expect(db.prepare("SELECT count(*) FROM conventions WHERE status = 'en_cours'").pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // Only signed conventions were sent to the payment organisation: a draft can still be deleted.
    const sentStatuses = db.prepare('SELECT DISTINCT c.status FROM exchange_lot_lines l JOIN conventions c ON c.id = l.convention_id ORDER BY 1').pluck().all();
    expect(sentStatuses.length).toBeGreaterThan(0);
    expect(sentStatuses.filter((s) => !isSigned(s as ConventionStatus))).toEqual([]);
    db.close();
  });

  it('dates the end of a convention ended early (rupture, dénonciation) on its last day, as the rules compute it', () => {
    const file = path.join(dir, 'ended.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 300, seed: 1 });
    const db = new Database(file, { readonly: true });
    const ended = db
      .prepare(
        `SELECT c.ends_on AS endsOn, v.document FROM conventions c JOIN convention_versions v ON v.convention_id = c.id
         WHERE c.status IN ('resiliee', 'denoncee') AND v.avenant_index = (SELECT max(avenant_index) FROM convention_versions WHERE convention_id = c.id)`,
      )
      .all() as { endsOn: string; document: Buffer }[];
    expect(ended.length).toBeGreaterThan(0);
    for (const c of ended) {
      expect(c.endsOn).toBe(checkConvention(versionDocument(db, c.document, null) as ConventionDocument).computed.conventionEnd?.value);
    }
    db.close();
  });

  it('has the schema the migrations make, every index matching its rows (the indexes of the conventions are built after them)', () => {
    const file = path.join(dir, 'schema.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 600, seed: 1 });
    const empty = path.join(dir, 'empty.sqlite');
    openDatabase(empty).close();
    const schema = (at: string) => {
      const db = new Database(at, { readonly: true });
      const rows = schemaRows(db);
      const check = db.pragma('integrity_check', { simple: true });
      db.close();
      return { rows, check };
    };
    expect(schema(file)).toEqual(schema(empty));
    expect(schema(file).check).toBe('ok');
    // Written with its journal in memory (journal-in-memory.ts), the file says WAL again, as the app writes it.
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // The monthly totals of its payments, added by slices (monthly-totals-built-after.ts), are those of its payments.
    const totals = db.prepare('SELECT month, payments, cents FROM aid_expected_by_month ORDER BY month').raw().all();
    expect(totals.length).toBeGreaterThan(12);
    expect(totals).toEqual(db.prepare('SELECT substr(due_on, 1, 7), count(*), sum(expected_cents) FROM aid_payments GROUP BY 1 ORDER BY 1').raw().all());
    db.close();
  });

  it('reports its progress every few conventions, the last call once the workspace is in place', () => {
    const file = path.join(dir, 'progress.sqlite');
    const calls: [number, number, boolean][] = [];
    generateDemoWorkspace({
      file,
      role: 'agence',
      conventions: 25,
      seed: 1,
      progressEvery: 10,
      onProgress: (done, total) => calls.push([done, total, fs.existsSync(file)]),
    });
    expect(calls).toEqual([
      [10, 25, false],
      [20, 25, false],
      [25, 25, true],
    ]);
  });

  it('is the same database drafted in a worker thread as in one thread, for an agency and an employer, with the same progress', () => {
    for (const [role, conventions] of [
      ['agence', 700],
      ['employeur', 60],
    ] as const) {
      const progress = { one: [] as number[], two: [] as number[] };
      const one = path.join(dir, `${role}-one.sqlite`);
      const two = path.join(dir, `${role}-two.sqlite`);
      generateDemoWorkspace({ file: one, role, conventions, seed: 5, draftInWorker: false, progressEvery: 250, onProgress: (d) => progress.one.push(d) });
      generateDemoWorkspace({ file: two, role, conventions, seed: 5, draftInWorker: true, progressEvery: 250, onProgress: (d) => progress.two.push(d) });
      const rows = dumpAll(one);
      expect((rows.conventions ?? []).length).toBe(conventions);
      expect((rows.aid_payments ?? []).length).toBeGreaterThan(conventions);
      expect(dumpAll(two)).toEqual(rows);
      expect(progress.two).toEqual(progress.one);
    }
  }, 60_000);

  it('gives an employer workspace one employer and its own staff', () => {
    const file = path.join(dir, 'emp.sqlite');
    generateDemoWorkspace({ file, role: 'employeur', conventions: 30, seed: 3 });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM employers').pluck().get()).toBe(1);
    expect(db.prepare('SELECT role FROM workspace').pluck().get()).toBe('employeur');
    expect(db.prepare('SELECT count(DISTINCT employer_id) FROM conventions').pluck().get()).toBe(1);
    db.close();
  });
});
