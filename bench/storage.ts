/**
 * The room a workspace takes and the time `cae demo` takes to make it (the
 * runner generated each workspace three times, bench/run.ts: the median): that time against the plainest way to write the same rows: one prepared INSERT per
 * table, all in one transaction, into an empty copy of the schema); the file
 * size per convention after checkpoint (baseline: the rows' payload alone,
 * from dbstat), and the convention versions' share of it (baseline: the bytes
 * of their stored documents alone, packed since migration 0020).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { metric, type BenchContext, type Metric } from './harness';

/** Writes every row of `source` into an empty copy of its schema, one prepared INSERT per table, in one transaction; seconds. */
function rawCopySeconds(source: string, target: string): number {
  const from = new Database(source, { readonly: true });
  const to = new Database(target);
  try {
    const tables = from
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
      .all() as { name: string; sql: string }[];
    // Shadow tables of virtual tables (full-text search) come with their virtual table: not copied here.
    const plain = tables.filter((t) => !tables.some((v) => v.name !== t.name && t.name.startsWith(`${v.name}_`)));
    for (const t of plain) to.exec(t.sql);
    const started = performance.now();
    to.transaction(() => {
      for (const t of plain) {
        const columns = (from.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.name) as string[]).map((c) => `"${c}"`);
        const insert = to.prepare(`INSERT INTO "${t.name}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of from
          .prepare(`SELECT ${columns.join(', ')} FROM "${t.name}"`)
          .raw()
          .iterate())
          insert.run(row as unknown[]);
      }
    })();
    return (performance.now() - started) / 1000;
  } finally {
    from.close();
    to.close();
  }
}

function sizes(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const conventions = db.prepare('SELECT count(*) FROM conventions').pluck().get() as number;
    const payload = db.prepare('SELECT sum(payload) FROM dbstat WHERE aggregate = 1').pluck().get() as number;
    const versions = db
      .prepare(`SELECT sum(pgsize) FROM dbstat WHERE aggregate = 1 AND name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'convention_versions')`)
      .pluck()
      .get() as number;
    const documents = db.prepare('SELECT sum(length(document)) FROM convention_versions').pluck().get() as number;
    return { conventions, file: fs.statSync(file).size, payload, versions, documents };
  } finally {
    db.close();
  }
}

export async function run(context: BenchContext): Promise<Metric[]> {
  const file = context.workspaces.get(context.conventions)!;
  const seconds = context.generationSeconds.get(context.conventions)!;
  const baselineSeconds = rawCopySeconds(file, path.join(context.tempDir, 'storage-raw.sqlite'));
  fs.rmSync(path.join(context.tempDir, 'storage-raw.sqlite'), { force: true });
  const s = sizes(file);
  const perConvention = (bytes: number) => bytes / 1024 / s.conventions;
  // The target is for 200,000 conventions; a smaller run is held to the same pace.
  const secondsTarget = (45 * context.conventions) / 200_000;
  const n = s.conventions.toLocaleString('fr-FR');
  return [
    metric('demo.generate.seconds', `cae demo --conventions ${n}`, seconds, 's', Math.round(secondsTarget * 100) / 100, baselineSeconds),
    metric('db.bytesPerConvention', `taille de la base par convention (${n})`, perConvention(s.file), 'KB', 2, perConvention(s.payload)),
    metric('db.versionsKBPerConvention', 'versions (documents) par convention', perConvention(s.versions), 'KB', null, perConvention(s.documents)),
  ];
}
