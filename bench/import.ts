/**
 * The import of a return file (issue #16): the main workspace's pending
 * records sent as one lot of 100,000 lines (`cae export --max-lines 100000`),
 * answered by the test counterpart as the payment organisation would (every
 * line accepted, the payments of the period), then imported with full
 * validation and applied in one transaction. Baseline, in the same run: the
 * plainest work on the same file, JSON.parse of it and one raw prepared
 * INSERT per line in one transaction. The file is read as `cae import` reads
 * it (readInputFile). Each run starts from its own copy of
 * the workspace with the lot sent (an applied file is « déjà importé » after),
 * written to the disk before the clock starts (fsyncPath);
 * each side has a warm-up run, not counted, then the two are timed in turn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { checkpoint, openDatabase } from '../electron/db/connection';
import { fsyncPath } from '../electron/db/fsync-path';
import { DEMO_REFERENCE_DATE } from '../electron/app/demo/generate';
import { importExchange, writePendingLots } from '../electron/services/exchanges/files';
import { readInputFile } from '../electron/sync/files';
import { answerLot } from '../test/counterpart/respond';
import { metric, summarize, type BenchContext, type Metric } from './harness';

const LOT_LINES = 100_000;
/** Runs of the import and of its baseline, taken in turn, after one warm-up run of each. */
const RUNS = 5;

interface ReturnLine {
  lineNo: number;
  record: string;
  conventionNumber?: string;
  amountCents?: number;
  paidOn?: string;
}

/** The workspace copied, its pending records sent as one lot, and the counterpart's answer to it. */
function sentLotAndAnswer(workspace: string, dir: string): { sent: string; answer: { fileName: string; bytes: Buffer }; lotLines: number } {
  const sent = path.join(dir, 'import-sent.sqlite');
  fs.copyFileSync(workspace, sent);
  const db = openDatabase(sent);
  try {
    const outDir = path.join(dir, 'lots');
    const at = new Date(`${DEMO_REFERENCE_DATE}T10:00:00Z`);
    const { lots } = writePendingLots(db, { outDir, at, maxLines: LOT_LINES, handOver: 'sent' });
    const largest = [...lots].sort((a, b) => b.lines - a.lines)[0];
    if (!largest) throw new Error('bench import : aucune ligne à envoyer dans cet espace de travail');
    const answer = answerLot(fs.readFileSync(path.join(outDir, largest.fileName), 'utf8'), `${DEMO_REFERENCE_DATE}T12:00:00Z`, 1);
    checkpoint(db);
    // Read back as `cae import` reads a file (in memory the threads share, electron/sync/shared-bytes.ts), before the clock starts.
    const answerFile = path.join(dir, answer.fileName);
    fs.writeFileSync(answerFile, answer.text);
    const read = readInputFile(answerFile);
    if ('error' in read) throw new Error(`bench import : ${read.error}`);
    return {
      sent,
      answer: { fileName: answer.fileName, bytes: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.length) },
      lotLines: largest.lines,
    };
  } finally {
    db.close();
  }
}

/** One import applied on a fresh copy of the sent workspace, in ms. */
function importOnce(sent: string, dir: string, answer: { fileName: string; bytes: Buffer }, run: number): number {
  const copy = path.join(dir, `import-${run}.sqlite`);
  fs.copyFileSync(sent, copy);
  // Written to the disk before the clock starts, as a workspace is when someone imports into it: otherwise the import's
  // commit (an fsync, synchronous = FULL) also waits, here (ext4), for the disk to take the ~450 MB just copied: 250 to
  // 300 ms instead of ~100 measured for that commit (docs/performance.md).
  fsyncPath(copy);
  const db = openDatabase(copy);
  try {
    const started = performance.now();
    const outcome = importExchange(db, answer.bytes, { file: answer.fileName, folder: dir, dryRun: false, at: new Date(`${DEMO_REFERENCE_DATE}T14:00:00Z`) });
    const ms = performance.now() - started;
    if (outcome.kind !== 'applied') throw new Error(`bench import : fichier retour non appliqué (${outcome.kind})`);
    return ms;
  } finally {
    db.close();
    fs.rmSync(copy, { force: true });
    fs.rmSync(`${copy}-wal`, { force: true });
    fs.rmSync(`${copy}-shm`, { force: true });
  }
}

/**
 * Baseline: JSON.parse of the file and a raw prepared INSERT per line in one transaction, on a connection to the same
 * database file, into a temporary table of that connection (so nothing is journalled nor flushed to disk at its commit,
 * unlike the import's own writes); one run, in ms.
 */
function parseAndInsertRunner(sent: string, bytes: Buffer): { once: () => number; close: () => void } {
  const db = new Database(sent);
  db.exec('CREATE TEMP TABLE bench_lines (line_no INTEGER, record TEXT, convention_number TEXT, amount_cents INTEGER, paid_on TEXT)');
  const insert = db.prepare('INSERT INTO bench_lines VALUES (?, ?, ?, ?, ?)');
  const once = () => {
    db.exec('DELETE FROM bench_lines');
    const started = performance.now();
    const { lines } = JSON.parse(bytes.toString('utf8')) as { lines: ReturnLine[] };
    db.transaction(() => {
      for (const l of lines) insert.run(l.lineNo, l.record, l.conventionNumber ?? null, l.amountCents ?? null, l.paidOn ?? null);
    })();
    return performance.now() - started;
  };
  return { once, close: () => db.close() };
}

export async function run(context: BenchContext): Promise<Metric[]> {
  const workspace = context.workspaces.get(context.conventions)!;
  const dir = fs.mkdtempSync(path.join(context.tempDir, 'import-'));
  const { sent, answer, lotLines } = sentLotAndAnswer(workspace, dir);
  // A warm-up run first, not counted (bench/harness.ts): it starts the thread that checks large files (electron/sync/check-in-worker.ts),
  // kept while files come (stopped after a minute without one) as in the app; its start from the sources is tsx compiling its modules.
  importOnce(sent, dir, answer, -1);
  const parseAndInsert = parseAndInsertRunner(sent, answer.bytes);
  parseAndInsert.once();
  // The import and its baseline taken in turn: a slower moment of the machine weighs on both.
  const importMs: number[] = [];
  const baselineMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    importMs.push(importOnce(sent, dir, answer, run));
    baselineMs.push(parseAndInsert.once());
  }
  parseAndInsert.close();
  const applied = summarize(importMs);
  const baseline = summarize(baselineMs).p50;
  const lines = (n: number) => n.toLocaleString('fr-FR');
  const records = (JSON.parse(answer.bytes.toString('utf8')) as { lines: unknown[] }).lines.length;
  const what = `fichier retour d'un lot de ${lines(lotLines)} lignes (${lines(records)} lignes, ${(answer.bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} Mo)`;
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    metric('import.100k.seconds', `Import validé et appliqué d'un ${what}`, applied.p50 / 1000, 's', null, baseline / 1000),
    metric('import.100k.ratio', 'Import / (JSON.parse + INSERT préparés en une transaction)', applied.p50 / baseline, '×', 4, 1),
    metric('import.100k.baselineMs', 'JSON.parse + INSERT préparés du même fichier', baseline, 'ms'),
  ];
}
