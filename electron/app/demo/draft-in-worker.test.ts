import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { tableRows } from '../../../test/helpers/table-rows';
import { inTransaction, openDatabase } from '../../db/connection';
import { draftInWorker } from './draft-in-worker';
import { CONVENTIONS_PER_BATCH } from './draft-protocol';
import type { DraftOptions } from './draft';

const tempDir = useTempDir();

describe('a demo drafted in a worker thread (issue #16)', () => {
  it('is drafted there, its writes run here by batches, inside the caller’s transaction', () => {
    const db = openDatabase(path.join(tempDir(), 'drafted.sqlite'));
    const batches: number[] = [];
    const drafted = inTransaction(db, () => draftInWorker(db, { role: 'agence', conventions: 600, seed: 2 }, (done) => batches.push(done)));
    expect(drafted).not.toBeNull();
    expect(drafted!.conventionIds).toEqual(db.prepare('SELECT id FROM conventions ORDER BY id').pluck().all());
    expect(drafted!.conventionIds).toHaveLength(600);
    expect(batches).toEqual([CONVENTIONS_PER_BATCH, 2 * CONVENTIONS_PER_BATCH]);
    db.close();
  });

  it('gives the same rows whoever deflates the documents, the employers sent ahead by batches; the worker says how many it deflated', () => {
    const drafts = (
      [
        ['always', { employersPerBatch: 10, deflateFromBatchesAhead: 0 }],
        ['never', { employersPerBatch: 100_000, deflateFromBatchesAhead: 100_000 }],
      ] as const
    ).map(([name, sharing]) => {
      const db = openDatabase(path.join(tempDir(), `${name}.sqlite`));
      const batches: number[] = [];
      const drafted = inTransaction(db, () => draftInWorker(db, { role: 'agence', conventions: 600, seed: 2 }, (done) => batches.push(done), { sharing }));
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
      const rows = Object.fromEntries(tables.map((table) => [table, tableRows(db, table)]));
      const versions = db.prepare('SELECT count(*) FROM convention_versions').pluck().get();
      db.close();
      return { drafted, batches, rows, versions };
    });
    const [always, never] = drafts as [(typeof drafts)[0], (typeof drafts)[0]];
    expect(always.versions).toBeGreaterThan(600);
    expect(always.drafted!.documentsDeflatedThere).toBe(always.versions);
    expect(never.drafted!.documentsDeflatedThere).toBe(0);
    expect(always.rows).toEqual(never.rows);
    expect((always.rows.employers ?? []).length).toBe(100);
    // The employers' batches report no convention: the progress is the conventions'.
    expect(always.batches).toEqual([CONVENTIONS_PER_BATCH, 2 * CONVENTIONS_PER_BATCH]);
  });

  it('writes nothing when a write it drafted fails here: the error is raised in the caller’s transaction', () => {
    const db = openDatabase(path.join(tempDir(), 'failed.sqlite'));
    // A workspace row already there: the draft's own (id 1) breaks the table's key when it is run.
    inTransaction(db, () =>
      db
        .prepare(
          "INSERT INTO workspace (id, role, name, department, agency_code, is_demo, created_at) VALUES (1, 'agence', 'Déjà là', '69', '69012', 0, '2009-01-01')",
        )
        .run(),
    );
    const count = () => db.prepare('SELECT (SELECT count(*) FROM employers) + (SELECT count(*) FROM conventions)').pluck().get();
    expect(() => inTransaction(db, () => draftInWorker(db, { role: 'agence', conventions: 300, seed: 2 }, () => undefined))).toThrow(
      /UNIQUE constraint failed: workspace.id/,
    );
    expect(count()).toBe(0);
    db.close();
  });

  it('raises in French a draft that fails in the worker itself, writes nothing, and drafts again on the same connection', () => {
    const db = openDatabase(path.join(tempDir(), 'failed-in-worker.sqlite'));
    const count = () =>
      db.prepare('SELECT (SELECT count(*) FROM workspace) + (SELECT count(*) FROM employers) + (SELECT count(*) FROM conventions)').pluck().get();
    // A role no screen or command lets through (they check it first): the worker's draft throws and posts why, at once (not the 60 s silence).
    const unknownRole = 'inconnu' as unknown as DraftOptions['role'];
    expect(() => inTransaction(db, () => draftInWorker(db, { role: unknownRole, conventions: 600, seed: 2 }, () => undefined))).toThrow(
      /^La démonstration n’a pas pu être générée : (?!le fil qui la prépare n’a rien envoyé)./,
    );
    expect(count()).toBe(0);
    const drafted = inTransaction(db, () => draftInWorker(db, { role: 'agence', conventions: 300, seed: 2 }, () => undefined));
    expect(drafted!.conventionIds).toHaveLength(300);
    db.close();
  });

  it('stops a worker that sends nothing for the silence limit: raised in French, nothing written, the same connection drafts again', () => {
    const db = openDatabase(path.join(tempDir(), 'silent.sqlite'));
    const count = () =>
      db.prepare('SELECT (SELECT count(*) FROM workspace) + (SELECT count(*) FROM employers) + (SELECT count(*) FROM conventions)').pluck().get();
    // 60 s in use; 1 ms here, less than any worker takes to start and draft its first batch: the wait runs out first.
    expect(() => inTransaction(db, () => draftInWorker(db, { role: 'agence', conventions: 600, seed: 2 }, () => undefined, { silenceLimitMs: 1 }))).toThrow(
      'La démonstration n’a pas pu être générée : le fil qui la prépare n’a rien envoyé pendant 0,001 s.',
    );
    expect(count()).toBe(0);
    const drafted = inTransaction(db, () => draftInWorker(db, { role: 'agence', conventions: 300, seed: 2 }, () => undefined));
    expect(drafted!.conventionIds).toHaveLength(300);
    db.close();
  });
});
