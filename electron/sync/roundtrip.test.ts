import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerLot } from '../../test/counterpart/respond';
import { useTempDir } from '../../test/helpers/temp-dir';
import { runExport } from '../cli/commands/export';
import { runImport } from '../cli/commands/import';
import { runLots } from '../cli/commands/lots';
import { lineCounts } from '../db/repositories/exchanges/lines';
import { fakeIo } from '../../test/helpers/cli';
import { demoAgency, dumpTables, withDb } from '../../test/helpers/agency-workspace';
import { rewriteStored, withValueAt } from '../../test/helpers/stored-documents';

const tempDir = useTempDir('cae-sync-');
const EPOCH = '1245052800'; // 2009-06-15T08:00:00Z
const AT = '2009-06-15T08:00:00Z';

async function exportTo(dataDir: string, outDir: string, extra: string[] = []) {
  const io = fakeIo(dataDir);
  io.env = { SOURCE_DATE_EPOCH: EPOCH };
  const code = await runExport(['--data-dir', dataDir, '--demo', 'agence', '--to', outDir, '--json', ...extra], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out()) as { lots: { fileName: string; sequence: number; lines: number }[]; awaitingCorrection: string[] };
}

async function importFile(dataDir: string, file: string, extra: string[] = []) {
  const io = fakeIo(dataDir);
  io.env = { SOURCE_DATE_EPOCH: EPOCH };
  const code = await runImport([file, '--data-dir', dataDir, '--demo', 'agence', ...extra], io);
  return { code, out: io.out(), err: io.err() };
}

function answer(lotFile: string, dir: string, sequence: number): string {
  const reply = answerLot(fs.readFileSync(lotFile, 'utf8'), AT, sequence);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, reply.fileName), reply.text);
  return path.join(dir, reply.fileName);
}

describe('exchange files with the payment organisation', () => {
  it('exports byte-identical lots from two copies of a workspace with the same SOURCE_DATE_EPOCH', async () => {
    const a = path.join(tempDir(), 'a');
    const db = demoAgency(a);
    const b = path.join(tempDir(), 'b');
    fs.mkdirSync(path.join(b, 'demo-agence'), { recursive: true });
    fs.copyFileSync(db, path.join(b, 'demo-agence', 'cae.sqlite'));
    const first = await exportTo(a, path.join(a, 'out'));
    const second = await exportTo(b, path.join(b, 'out'));
    expect(first.lots.map((l) => l.fileName)).toEqual(['LOT_69012_000001_20090615T080000Z.json']);
    expect(second.lots).toEqual(first.lots);
    const bytes = (dir: string) => fs.readFileSync(path.join(dir, 'out', first.lots[0]!.fileName));
    expect(bytes(a).equals(bytes(b))).toBe(true);
    // Nothing is pending any more: a second export writes nothing.
    expect((await exportTo(a, path.join(a, 'out2'))).lots).toEqual([]);
  });

  it('splits the pending records into lots of at most --max-lines lines, numbered in sequence', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const result = await exportTo(dir, path.join(dir, 'out'), ['--max-lines', '10']);
    const total = result.lots.reduce((n, l) => n + l.lines, 0);
    expect(result.lots.map((l) => l.sequence)).toEqual(result.lots.map((_, i) => i + 1));
    expect(result.lots.every((l) => l.lines <= 10)).toBe(true);
    expect(result.lots.length).toBe(Math.ceil(total / 10));
  });

  it('round trip: export, counterpart answer, import; then idempotent, older files refused, corrections resent', async () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    // One convention the organisation will find invalid (under 20 hours a week).
    const bad = withDb(file, (db) => {
      const row = db
        .prepare(
          "SELECT v.id, c.number FROM convention_versions v JOIN conventions c ON c.id = v.convention_id WHERE c.measure = 'CAE' AND v.avenant_index = 0 AND v.signed_on IS NOT NULL AND c.status NOT IN ('brouillon', 'a_signer') ORDER BY c.number LIMIT 1",
        )
        .get() as { id: number; number: string };
      rewriteStored(db, row.id, (document) => withValueAt(document, ['contract', 'weeklyHours'], 10));
      return row;
    });
    const { lots } = await exportTo(dir, path.join(dir, 'out'));
    const lotFile = path.join(dir, 'out', lots[0]!.fileName);
    const reply = answer(lotFile, path.join(dir, 'in'), 2);

    const before = dumpTables(file);
    const preview = await importFile(dir, reply, ['--dry-run', '--verbose']);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('Aperçu');
    expect(preview.out).toContain('DUREE_HEBDO');
    // The rejected line names its convention; the others are accepted without one.
    expect(preview.out).toMatch(new RegExp(`ligne \\d+ \\(${bad.number}, [^)]+\\) rejetée : DUREE_HEBDO`));
    expect(dumpTables(file)).toBe(before);

    const applied = await importFile(dir, reply);
    expect(applied).toMatchObject({ code: 0, err: '' });
    withDb(file, (db) => {
      expect(db.prepare("SELECT status FROM exchange_lots WHERE direction = 'OUT'").pluck().get()).toBe('partly_rejected');
      const rejected = db
        .prepare("SELECT c.number, x.error_code FROM exchange_lot_lines x JOIN conventions c ON c.id = x.convention_id WHERE x.status = 'rejected'")
        .all();
      expect(rejected).toEqual([{ number: bad.number, error_code: 'DUREE_HEBDO' }]);
      // Every other line of the lot is accepted (as its lot's lines read: line-status.ts), with no error on it.
      const lotId = db.prepare("SELECT id FROM exchange_lots WHERE direction = 'OUT'").pluck().get() as number;
      expect(lineCounts(db, lotId)).toEqual([
        { lotId, status: 'accepted', n: lots[0]!.lines - 1 },
        { lotId, status: 'rejected', n: 1 },
      ]);
      expect(db.prepare('SELECT count(error_code) FROM exchange_lot_lines').pluck().get()).toBe(1);
      const paid = db.prepare("SELECT count(*) FROM received_payments WHERE source = 'fichier_retour' AND received_on = ?").pluck().get('2009-06-15');
      expect(paid).toBeGreaterThan(0);
    });

    // The same file again changes nothing and says so.
    const after = dumpTables(file);
    const again = await importFile(dir, reply);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Déjà importé');
    expect(dumpTables(file)).toBe(after);

    // An older return file (sequence 1) is refused with its reason.
    const older = answer(lotFile, path.join(dir, 'old'), 1);
    const refused = await importFile(dir, older);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('plus ancien');
    expect(dumpTables(file)).toBe(after);

    // The rejected line waits for its correction, then goes into the next lot.
    expect((await exportTo(dir, path.join(dir, 'out2'))).awaitingCorrection).toEqual([`${bad.number} (convention)`]);
    withDb(file, (db) => rewriteStored(db, bad.id, (document) => withValueAt(document, ['contract', 'weeklyHours'], 20)));
    const next = await exportTo(dir, path.join(dir, 'out3'));
    expect(next.lots).toEqual([{ fileName: 'LOT_69012_000002_20090615T080000Z.json', sequence: 2, lines: 1 }]);
    withDb(file, (db) => expect(db.prepare("SELECT count(*) FROM exchange_lot_lines WHERE status = 'resent'").pluck().get()).toBe(1));

    const io = fakeIo(dir);
    io.env = { SOURCE_DATE_EPOCH: String(Number(EPOCH) + 45 * 86400) };
    expect(await runLots(['--data-dir', dir, '--demo', 'agence'], io)).toBe(0);
    expect(io.out()).toContain('Partiellement rejeté');
    expect(io.out()).toMatch(/ALERTE : LOT_69012_000002_20090615T080000Z\.json envoyé le 15\/06\/2009, sans fichier retour depuis 45 jours/);
  });
});
