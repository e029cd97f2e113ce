// Times the conventions list on 200,000 conventions (bulk-inserted into a
// temporary database) against a raw `SELECT count(*)` baseline measured in
// the same run. Run: npx tsx bench/conventions-list.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/connection';
import { bulkInsertConventions } from '../electron/db/repositories/conventions/bulk';
import { listConventions, type ConventionFilter } from '../electron/db/repositories/conventions/list';

const COUNT = Number(process.env.BENCH_COUNT ?? 200_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-bench-list-'));
try {
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  let t = performance.now();
  bulkInsertConventions(db, { conventions: COUNT });
  console.log(`${COUNT} conventions insérées en ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const time = (label: string, run: () => unknown, repeat = 5) => {
    run();
    t = performance.now();
    for (let i = 0; i < repeat; i++) run();
    const ms = (performance.now() - t) / repeat;
    console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(7)} ms`);
  };
  const list = (filter: Partial<ConventionFilter>) => () => listConventions(db, { limit: 100, offset: 0, ...filter });
  time('référence : SELECT count(*) FROM conventions', () => db.prepare('SELECT count(*) FROM conventions').pluck().get());
  time('liste, première fenêtre (tri par début)', list({}));
  time('liste, dernière fenêtre (offset 199 900)', list({ offset: COUNT - 100 }));
  time('liste triée par fin, dernière fenêtre', list({ offset: COUNT - 100, sort: { by: 'endsOn', dir: 'asc' } }));
  time('liste triée par salarié', list({ sort: { by: 'employee', dir: 'asc' } }));
  time('recherche « zephyr » (nom rare)', list({ search: 'zephyr' }));
  time('recherche « martin » (nom courant)', list({ search: 'martin' }));
  time('recherche d’un NIR complet', list({ search: '200000000123457' }));
  time('département 974 + recherche « payet »', list({ department: '974', search: 'payet' }));
  time('fin entre deux dates + statut', list({ status: 'en_cours', endsFrom: '2006-01-01', endsTo: '2006-12-31' }));
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
