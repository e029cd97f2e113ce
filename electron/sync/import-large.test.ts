/**
 * A large return file (≥ CHECK_IN_WORKER_FROM_BYTES) is checked in a worker
 * thread while it is planned and applied (check-in-worker.ts): it must give
 * what a file checked first gives — applied once, refused with the same
 * reasons, nothing changed by a refused file even after its lines were
 * applied in the transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace, DEMO_REFERENCE_DATE } from '../app/demo/generate';
import { checkpoint, openDatabase } from '../db/connection';
import { lineCounts } from '../db/repositories/exchanges/lines';
import { importExchange, writePendingLots } from '../services/exchanges/files';
import { answerLot } from '../../test/counterpart/respond';
import { dumpTables, withDb } from '../../test/helpers/agency-workspace';
import { useTempDir } from '../../test/helpers/temp-dir';
import { linesChecksum } from './canonical';
import { fileProblems } from './file-problems';
import { CHECK_IN_WORKER_FROM_BYTES, type ImportOutcome } from './import';
import { checkerReady } from './check-in-worker';

const tempDir = useTempDir('cae-import-large-');
const AT = new Date(`${DEMO_REFERENCE_DATE}T14:00:00Z`);
const NOW = '2009-06-15T14:00:00Z';

interface ReturnJson {
  header: { sha256: string; recordCount: number };
  lines: ({ record: string; lineNo: number; paidOn?: string; amountCents?: number } | null)[];
}

let sentDir = '';
let sent = '';
let reply = { fileName: '', text: '' };

beforeAll(async () => {
  // The checker started, as after a first large file: each import below is checked by it (check-in-worker.test.ts covers the
  // check taken back when it is not).
  const started = checkerReady();
  // 6,000 conventions: their lot's answer, with the payments of the period, is ~1.6 MB. Kept for every test of the file.
  sentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-import-large-sent-'));
  sent = path.join(sentDir, 'sent.sqlite');
  generateDemoWorkspace({ file: sent, role: 'agence', conventions: 6000, seed: 1 });
  withDb(sent, (db) => {
    db.exec('DELETE FROM exchange_lot_lines; DELETE FROM exchange_lots;');
    const outDir = path.join(path.dirname(sent), 'lots');
    const { lots } = writePendingLots(db, { outDir, at: new Date(`${DEMO_REFERENCE_DATE}T10:00:00Z`), maxLines: 100_000, handOver: 'sent' });
    expect(lots).toHaveLength(1);
    reply = answerLot(fs.readFileSync(path.join(outDir, lots[0]!.fileName), 'utf8'), `${DEMO_REFERENCE_DATE}T12:00:00Z`, 1);
    checkpoint(db);
  });
  await started;
}, 120_000);

afterAll(() => fs.rmSync(sentDir, { recursive: true, force: true }));

/** A fresh copy of the workspace that sent the lot. */
function copy(): string {
  const file = path.join(tempDir(), 'workspace.sqlite');
  fs.copyFileSync(sent, file);
  return file;
}

function importInto(file: string, text: string, dryRun = false): ImportOutcome {
  const db = openDatabase(file);
  try {
    return importExchange(db, Buffer.from(text, 'utf8'), { file: reply.fileName, folder: path.dirname(file), dryRun, at: AT });
  } finally {
    db.close();
  }
}

/** The answer changed by `edit`, its checksum made right again unless `keepChecksum`. */
function edited(edit: (file: ReturnJson) => void, keepChecksum = false): string {
  const file = JSON.parse(reply.text) as ReturnJson;
  edit(file);
  if (!keepChecksum) file.header.sha256 = linesChecksum(file.lines);
  return JSON.stringify(file, null, 2);
}

describe('a large return file, checked in a worker thread while it is applied', () => {
  it('is large enough to be checked in the worker', () => {
    expect(Buffer.byteLength(reply.text)).toBeGreaterThan(CHECK_IN_WORKER_FROM_BYTES);
    expect((JSON.parse(reply.text) as ReturnJson).lines.some((l) => l?.record === 'PAYMENT')).toBe(true);
  });

  it('is applied whole: every line of the lot answered, every payment received; the same file again is « déjà importé »', () => {
    const file = copy();
    const outcome = importInto(file, reply.text);
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    const lines = (JSON.parse(reply.text) as ReturnJson).lines;
    const payments = lines.filter((l) => l?.record === 'PAYMENT').length;
    expect(outcome.plan.answers).toMatchObject({ status: 'accepted', accepted: lines.length - payments, rejected: [] });
    expect(outcome.plan.payments).toHaveLength(payments);
    withDb(file, (db) => {
      const received = db.prepare('SELECT count(*) AS n FROM received_payments WHERE reference = ?').get(reply.fileName) as { n: number };
      expect(received.n).toBe(payments);
      const lotId = db.prepare("SELECT id FROM exchange_lots WHERE direction = 'OUT'").pluck().get() as number;
      expect(lineCounts(db, lotId)).toEqual([{ lotId, status: 'accepted', n: lines.length - payments }]);
    });
    expect(importInto(file, reply.text).kind).toBe('already');
  });

  it('previews without writing anything (dry run)', () => {
    const file = copy();
    const before = dumpTables(file);
    expect(importInto(file, reply.text, true).kind).toBe('preview');
    expect(dumpTables(file)).toBe(before);
  });

  it('is refused, nothing changed, when its checksum does not match: its lines were applied in the transaction, then rolled back', () => {
    const file = copy();
    const before = dumpTables(file);
    const text = edited((f) => {
      const payment = f.lines.find((l) => l?.record === 'PAYMENT')!;
      payment.amountCents! += 1;
    }, true);
    const outcome = importInto(file, text);
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.reasons).toEqual(['En-tête, champ « sha256 » : la somme de contrôle ne correspond pas au contenu ; le fichier a été modifié ou abîmé.']);
    expect(outcome.reasons).toEqual(fileProblems(Buffer.from(text), NOW));
    expect(outcome.quarantined && fs.existsSync(outcome.quarantined)).toBe(true);
    expect(dumpTables(file)).toBe(before);
  });

  it('is refused, nothing changed, for a payment dated in the future (plausibility), with the reasons of a file checked first', () => {
    const file = copy();
    const before = dumpTables(file);
    const text = edited((f) => {
      f.lines.find((l) => l?.record === 'PAYMENT')!.paidOn = '2010-01-04';
    });
    const outcome = importInto(file, text);
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.reasons.join('\n')).toContain('04/01/2010, dans le futur');
    expect(outcome.reasons).toEqual(fileProblems(Buffer.from(text), NOW));
    expect(dumpTables(file)).toBe(before);
  });

  it('is refused with the schema’s reasons, not a crash, when a line is not an object (the plan, reading it unchecked, fails)', () => {
    const file = copy();
    const before = dumpTables(file);
    const text = edited((f) => {
      f.lines[4] = null;
    });
    const outcome = importInto(file, text);
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.reasons[0]).toMatch(/^ligne 5 : /);
    expect(outcome.reasons).toEqual(fileProblems(Buffer.from(text), NOW));
    expect(dumpTables(file)).toBe(before);
  });

  it('is refused for a key written twice, which JSON.parse alone would not see', () => {
    const file = copy();
    const before = dumpTables(file);
    const text = reply.text.replace('"record": "ACCEPTED"', '"record": "ACCEPTED",\n      "record": "ACCEPTED"');
    const outcome = importInto(file, text);
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.reasons).toEqual([expect.stringMatching(/^Clé « record » en double à la ligne \d+ du fichier/)]);
    expect(dumpTables(file)).toBe(before);
  });
});
