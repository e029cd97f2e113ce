/**
 * Crash recovery of outbound lots (docs/exchange-format.md, « Cycle de vie »):
 * a lot left `prepared` is checked where its file was written, whatever
 * folder the next export writes to; it is dropped (its number given again)
 * only when that file is verifiably absent or incomplete there, and kept
 * prepared, with why, when it cannot be checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { runExport } from '../cli/commands/export';
import { fakeIo } from '../../test/helpers/cli';
import { agency } from '../../test/helpers/conventions';
import { signedCae } from '../../test/helpers/exchanges';
import { exportLots, type ExportResult } from './export';
import { exchangeFileName, OUTBOX_FOLDER } from './files';
import { demoAgency, withDb } from '../../test/helpers/agency-workspace';

const tempDir = useTempDir('cae-export-recovery-');
const AT = new Date('2009-06-15T08:00:00Z');
const LATER = new Date('2009-06-16T08:00:00Z');
const FIRST = exchangeFileName('outbound-lot', '69012', 1, '2009-06-15T08:00:00Z');

function exportTo(file: string, outDir: string, now: Date, handOver: 'ready' | 'sent' = 'sent'): ExportResult {
  return withDb(file, (db) => exportLots(db, { outDir, now, maxLines: 700, handOver }));
}

/** The crash after the file is written, before the lot is marked: the row and its lines back to `prepared`. */
function crashAfterWrite(file: string, sequence: number): void {
  withDb(file, (db) => {
    db.prepare("UPDATE exchange_lots SET status = 'prepared', sent_at = NULL WHERE kind = 'outbound-lot' AND sequence = ?").run(sequence);
    db.prepare(
      "UPDATE exchange_lot_lines SET status = 'prepared' WHERE lot_id = (SELECT id FROM exchange_lots WHERE kind = 'outbound-lot' AND sequence = ?)",
    ).run(sequence);
  });
}

const lots = (file: string) =>
  withDb(file, (db) =>
    db
      .prepare(
        "SELECT sequence, status, folder, (SELECT count(*) FROM exchange_lot_lines x WHERE x.lot_id = l.id) AS lines FROM exchange_lots l WHERE kind = 'outbound-lot' ORDER BY id",
      )
      .all(),
  ) as {
    sequence: number;
    status: string;
    folder: string | null;
    lines: number;
  }[];

describe('a lot left prepared by a crash, settled at the next export (docs/exchange-format.md, « Cycle de vie »)', () => {
  it('crash between the row and the file: the next export into another folder finds the file absent where it was to be written, drops the lot and gives its number again', () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const outbox = path.join(dir, 'demo-agence', OUTBOX_FOLDER);
    // The file cannot be written (a folder stands at its name): the row is inserted, then the write fails — a crash in between.
    fs.mkdirSync(path.join(outbox, FIRST), { recursive: true });
    expect(() => exportTo(file, outbox, AT, 'ready')).toThrow();
    const [crashed] = lots(file);
    expect(crashed).toMatchObject({ sequence: 1, status: 'prepared', folder: outbox });
    fs.rmdirSync(path.join(outbox, FIRST));

    const elsewhere = path.join(dir, 'cle-usb');
    const result = exportTo(file, elsewhere, LATER);
    expect(result.recovered).toEqual([{ fileName: FIRST, outcome: 'dropped', folder: outbox, explanation: null }]);
    // Its records leave again, under the number nobody received.
    expect(result.lots).toEqual([{ fileName: exchangeFileName('outbound-lot', '69012', 1, '2009-06-16T08:00:00Z'), sequence: 1, lines: crashed!.lines }]);
    expect(lots(file)).toEqual([{ sequence: 1, status: 'sent', folder: elsewhere, lines: crashed!.lines }]);
  });

  it('a file left incomplete where it was written is dropped too', () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const first = path.join(dir, 'premier');
    const written = exportTo(file, first, AT).lots[0]!;
    crashAfterWrite(file, 1);
    const text = fs.readFileSync(path.join(first, written.fileName), 'utf8');
    fs.writeFileSync(path.join(first, written.fileName), text.slice(0, text.length / 2));
    const result = exportTo(file, path.join(dir, 'second'), LATER);
    expect(result.recovered).toEqual([{ fileName: written.fileName, outcome: 'dropped', folder: first, explanation: null }]);
    expect(result.lots.map((l) => [l.sequence, l.lines])).toEqual([[1, written.lines]]);
  });

  it('a complete file written by the screen into envois/ and settled by `cae export --to DIR` elsewhere is kept: ready, not dropped, its number not given again', async () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const outbox = path.join(dir, 'demo-agence', OUTBOX_FOLDER);
    const screen = exportTo(file, outbox, AT, 'ready').lots[0]!;
    crashAfterWrite(file, 1);
    const bytes = fs.readFileSync(path.join(outbox, screen.fileName));

    const io = { ...fakeIo(dir), env: { SOURCE_DATE_EPOCH: '1245139200' } }; // 2009-06-16T08:00:00Z
    const elsewhere = path.join(dir, 'remise');
    expect(await runExport(['--data-dir', dir, '--demo', 'agence', '--to', elsewhere], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toBe(
      `Lot ${screen.fileName} resté en préparation : son fichier est complet dans les envois de l’écran Échanges (${outbox}), prêt à télécharger.\n` +
        'Rien à envoyer : aucune convention, aucun avenant, événement ou dénonciation en attente.\n',
    );
    expect(lots(file)).toEqual([{ sequence: 1, status: 'ready', folder: outbox, lines: screen.lines }]);
    expect(fs.readFileSync(path.join(outbox, screen.fileName)).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(elsewhere, screen.fileName))).toBe(false);
  });

  it('a lot written by `cae export --to DIR`, left prepared, is sent when the screen’s export finds its file complete there', () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const handed = path.join(dir, 'remise');
    const written = exportTo(file, handed, AT).lots[0]!;
    crashAfterWrite(file, 1);
    const result = exportTo(file, path.join(dir, 'demo-agence', OUTBOX_FOLDER), LATER, 'ready');
    expect(result.recovered).toEqual([{ fileName: written.fileName, outcome: 'sent', folder: handed, explanation: null }]);
    expect(result.lots).toEqual([]);
    expect(lots(file)).toMatchObject([{ sequence: 1, status: 'sent' }]);
  });

  it('keeps the lot prepared when its folder cannot be read (a removed USB key) or was never recorded, says why, and never gives its number again', async () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const usb = path.join(dir, 'cle-usb');
    const written = exportTo(file, usb, AT).lots[0]!;
    crashAfterWrite(file, 1);
    const unplugged = path.join(dir, 'cle-usb-debranchee');
    fs.renameSync(usb, unplugged);

    const io = { ...fakeIo(dir), env: { SOURCE_DATE_EPOCH: '1245139200' } };
    expect(await runExport(['--data-dir', dir, '--demo', 'agence', '--to', path.join(dir, 'autre'), '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as ExportResult;
    expect(result.recovered).toEqual([
      {
        fileName: written.fileName,
        outcome: 'kept',
        folder: usb,
        explanation: expect.stringContaining(`son fichier a été écrit dans ${usb}, dossier introuvable`),
      },
    ]);
    expect(result.recovered[0]!.explanation).toContain('Il reste en préparation et garde son numéro');
    // Its records stay in it: nothing leaves twice, and the number is not given again.
    expect(result.lots).toEqual([]);
    expect(lots(file)).toEqual([{ sequence: 1, status: 'prepared', folder: usb, lines: written.lines }]);

    // A lot from before migration 0005 (no folder recorded) whose file is not in this export's folder: kept too.
    withDb(file, (db) => db.prepare('UPDATE exchange_lots SET folder = NULL').run());
    const text = fakeIo(dir);
    text.env = { SOURCE_DATE_EPOCH: '1245139200' };
    expect(await runExport(['--data-dir', dir, '--demo', 'agence', '--to', path.join(dir, 'autre')], text)).toBe(0);
    expect(text.out()).toContain(`Lot ${written.fileName} resté en préparation, non vérifié : aucun dossier n’est enregistré pour son fichier`);
    expect(lots(file)).toMatchObject([{ sequence: 1, status: 'prepared', folder: null }]);

    // The key back (or the file found again): the next export sees it complete.
    withDb(file, (db) => db.prepare('UPDATE exchange_lots SET folder = ?').run(usb));
    fs.renameSync(unplugged, usb);
    expect(exportTo(file, path.join(dir, 'autre'), LATER).recovered).toEqual([{ fileName: written.fileName, outcome: 'sent', folder: usb, explanation: null }]);
    expect(lots(file)).toMatchObject([{ sequence: 1, status: 'sent' }]);
  });

  it('the Échanges screen lists a lot it could not check with the French explanation (exchanges.export, `recovered`)', async () => {
    const a = await agency(tempDir());
    await signedCae(a);
    const first = (await a.ok('exchanges.export', {})).lots[0]!;
    const db = a.app.workspaces.current();
    db.prepare("UPDATE exchange_lots SET status = 'prepared', folder = ? WHERE id = ?").run(path.join(tempDir(), 'partage-deconnecte'), first.lotId);
    const again = await a.ok('exchanges.export', {});
    expect(again.recovered).toEqual([
      {
        fileName: first.fileName,
        outcome: 'kept',
        folder: path.join(tempDir(), 'partage-deconnecte'),
        explanation: expect.stringMatching(/dossier introuvable .* rebranchez-le puis relancez l’export/),
      },
    ]);
    expect(again.lots).toEqual([]);
    expect(db.prepare('SELECT status FROM exchange_lots WHERE id = ?').pluck().get(first.lotId)).toBe('prepared');
  });
});
