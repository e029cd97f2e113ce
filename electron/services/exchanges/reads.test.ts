import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableLegalRef } from '../../../shared/rules/parameters/sources';
import { IMPORT_MAX_BASE64 } from '../../../shared/api/exchanges-contract';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency } from '../../../test/helpers/conventions';
import { base64, dump, exportedAndAnswered, imported, signedCae } from '../../../test/helpers/exchanges';
import { answerLot } from '../../../test/counterpart/respond';
import { OUTBOX_FOLDER } from '../../sync/files';

const tempDir = useTempDir('cae-exchanges-');

describe('Échanges: lots, lines and their rejections explained', () => {
  it('lists the exported lot with its line counts, then shows the rejected line explained in French with the record to open', async () => {
    const x = await exportedAndAnswered(tempDir());
    expect(x.lot).toMatchObject({ sequence: 1, lines: 1, fileName: 'LOT_69012_000001_20080605T100000Z.json' });
    expect(x.lot.lotId).toBeGreaterThan(0);
    const sent = await x.a.ok('exchanges.lots', {});
    expect(sent.lots).toHaveLength(1);
    expect(sent.lots[0]).toMatchObject({
      id: x.lot.lotId,
      direction: 'OUT',
      status: 'sent',
      displayStatus: 'sent',
      lines: 1,
      counts: { sent: 1, rejected: 0 },
      overdue: false,
    });

    await imported(x);
    const after = await x.a.ok('exchanges.lots', {});
    expect(after.lots.map((l) => [l.direction, l.status])).toEqual([
      ['IN', 'accepted'],
      ['OUT', 'rejected'],
    ]);
    expect(after.lots[0]!.answers).toEqual({ lotId: x.lot.lotId, fileName: x.lot.fileName, sequence: 1 });
    expect(after.lots[1]!.counts).toMatchObject({ rejected: 1, accepted: 0 });

    const detail = await x.a.ok('exchanges.lot', { lotId: x.lot.lotId });
    expect(detail.lines).toHaveLength(1);
    const line = detail.lines[0]!;
    expect(line).toMatchObject({
      lineNo: 1,
      conventionId: x.conventionId,
      recordKind: 'CONVENTION',
      status: 'rejected',
      code: 'DUREE_HEBDO',
      label: 'Durée hebdomadaire inférieure à 20 heures.',
      target: { conventionId: x.conventionId, section: 'versions', avenantIndex: 0, description: 'Convention initiale' },
      correction: {
        versionId: x.versionId,
        avenantIndex: 0,
        fields: ['weeklyHours'],
        values: { weeklyHours: 18, startsOn: '2008-06-09', endsOn: '2008-12-08', aidRatePercent: '90' },
      },
      correctionBlocked: null,
      resentIn: null,
    });
    expect(line.explanation).toMatchObject({ known: true, fields: ['weeklyHours'] });
    expect(line.explanation!.meaning).toMatch(/inférieure à 20 heures/);
    expect(line.explanation!.fix.join(' ')).toMatch(/« Corriger »/);
    // Hired in June 2008: the recodified Code du travail (L5134-20 and following) is cited, named by its title.
    expect(line.explanation!.legalRefs.map(readableLegalRef)[0]).toMatch(/^Code du travail — art\. L5134-20/);
    // The NIR never leaves the service in clear.
    expect(JSON.stringify(detail)).not.toContain('275036912345661');
    expect(line.correction!.values.nirMasked).toMatch(/•+ ?6 ?61$/);
  });

  it('previews a return file without writing anything, then applies it; a tampered file is refused, quarantined, and changes nothing', async () => {
    const x = await exportedAndAnswered(tempDir());
    // The file arrives the day it was written (a file from the future is refused: plausibility.ts).
    x.a.setToday('2008-06-20');
    const before = dump(x);
    const preview = await x.a.ok('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: true });
    expect(preview).toMatchObject({ kind: 'preview', refused: false, quarantined: null, answersLotId: x.lot.lotId, title: 'Aperçu (rien n’est écrit) :' });
    expect(preview.lines.join('\n')).toContain('DUREE_HEBDO');
    expect(dump(x)).toBe(before);

    const tampered = x.answer.text.replace('"code": "DUREE_HEBDO"', '"code": "TAUX_AIDE"');
    expect(tampered).not.toBe(x.answer.text);
    const refused = await x.a.ok('exchanges.import', { fileName: 'RET_modifie.json', base64: base64(tampered), dryRun: false });
    expect(refused).toMatchObject({ kind: 'refused', refused: true, title: 'Fichier refusé, rien n’a été modifié :' });
    expect(refused.lines.join(' ')).toMatch(/somme de contrôle|sha256/i);
    expect(refused.quarantined).toBe(path.join(x.dataDir, 'quarantaine', path.basename(refused.quarantined!)));
    expect(fs.existsSync(refused.quarantined!)).toBe(true);
    // The workspace is encrypted: the copy and its report are kept sealed (issue #15).
    expect(refused.quarantined!.endsWith('.chiffre')).toBe(true);
    expect(fs.existsSync(refused.quarantined!.replace(/\.chiffre$/, '.rapport.txt.chiffre'))).toBe(true);
    expect(dump(x)).toBe(before);

    await imported(x);
    const again = await x.a.ok('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: false });
    expect(again.kind).toBe('already');
  });

  it('tells the progress of an import at the bottom of the screen: the lines checked for a preview, then the lines applied, up to every line of the file (issue #16)', async () => {
    const x = await exportedAndAnswered(tempDir());
    x.a.setToday('2008-06-20');
    const lines = (JSON.parse(x.answer.text) as { lines: unknown[] }).lines.length;
    const told: unknown[] = [];
    x.a.app.subscribe((event, payload) => {
      if (event === 'task.progress') told.push(payload);
    });
    await x.a.ok('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: true });
    // The first line checked, then (throttled) the last: each line of the file counted once.
    expect(told[0]).toEqual({ task: 'import', done: 1, total: lines });
    expect(told.at(-1)).toEqual({ task: 'import', done: lines, total: lines });
    expect(told).toHaveLength(lines === 1 ? 1 : 2);
    told.length = 0;
    await imported(x);
    expect(told.at(-1)).toEqual({ task: 'import', done: lines, total: lines });
  });

  it('refuses an import that is not base64, too large, or without a name, in French, before any service runs', async () => {
    const x = await exportedAndAnswered(tempDir());
    const before = dump(x);
    const bad = await x.a.call('exchanges.import', { fileName: 'RET.json', base64: 'pas du base64 !', dryRun: false });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('contenu du fichier illisible') } });
    const big = await x.a.call('exchanges.import', { fileName: 'RET.json', base64: 'A'.repeat(IMPORT_MAX_BASE64 + 4), dryRun: false });
    expect(big).toMatchObject({ ok: false, error: { message: expect.stringContaining('fichier trop volumineux : 64 Mo au plus') } });
    const nameless = await x.a.call('exchanges.import', { fileName: '../RET.json', base64: 'e30=', dryRun: false });
    expect(nameless).toMatchObject({ ok: false, error: { message: expect.stringContaining('nom de fichier sans dossier') } });
    expect(dump(x)).toBe(before);
  });

  it('keeps a lot prepared on the screen « prêt » until it is downloaded to be handed over, then « envoyé » from that day (docs/exchange-format.md, « Cycle de vie »)', async () => {
    const a = await agency(tempDir());
    await signedCae(a);
    const exported = await a.ok('exchanges.export', {});
    const lotId = exported.lots[0]!.lotId;
    const ready = (await a.ok('exchanges.lots', {})).lots[0]!;
    expect(ready).toMatchObject({ id: lotId, status: 'ready', sentAt: null, counts: { prepared: 1, sent: 0 }, overdue: false, daysWithoutReturn: null });
    // A ready lot is never late: nobody has sent it yet.
    a.setToday('2008-09-01');
    expect((await a.ok('exchanges.lots', {})).overdueCount).toBe(0);
    // Its records are in a lot already: a second « Préparer l'envoi » does not carry them again.
    expect((await a.ok('exchanges.export', {})).lots).toEqual([]);

    const first = await a.ok('exchanges.lotFile', { lotId });
    expect(first.handedOver).toBe(true);
    const sent = (await a.ok('exchanges.lots', {})).lots[0]!;
    expect(sent).toMatchObject({ status: 'sent', counts: { prepared: 0, sent: 1 } });
    expect(sent.sentAt).not.toBeNull();
    // Downloading it again changes nothing.
    const again = await a.ok('exchanges.lotFile', { lotId });
    expect(again.handedOver).toBe(false);
    expect((await a.ok('exchanges.lots', {})).lots[0]!.sentAt).toBe(sent.sentAt);
  });

  it('accepts every line a return file does not reject, also for a lot answered while still « prêt » (handed over by other means)', async () => {
    const dataDir = tempDir();
    const a = await agency(dataDir);
    // 20 h a week: the counterpart accepts it.
    await signedCae(a, undefined, false);
    const lot = (await a.ok('exchanges.export', {})).lots[0]!;
    const text = fs.readFileSync(path.join(dataDir, OUTBOX_FOLDER, lot.fileName), 'utf8');
    expect((await a.ok('exchanges.lots', {})).lots[0]).toMatchObject({ status: 'ready', counts: { prepared: 1, accepted: 0 } });
    const answer = answerLot(text, '2008-06-20T09:00:00Z', 1);
    a.setToday('2008-06-20');
    expect((await a.ok('exchanges.import', { fileName: answer.fileName, base64: base64(answer.text), dryRun: false })).kind).toBe('applied');
    const answered = (await a.ok('exchanges.lots', {})).lots.find((l) => l.direction === 'OUT')!;
    expect(answered).toMatchObject({ status: 'accepted', counts: { prepared: 0, sent: 0, accepted: 1, rejected: 0 } });
    const detail = await a.ok('exchanges.lot', { lotId: lot.lotId });
    expect(detail.lines.map((l) => [l.lineNo, l.status, l.code])).toEqual([[1, 'accepted', null]]);
  });

  it('gives an outbound file back for download, and says so in French when it is no longer in the outbox', async () => {
    const x = await exportedAndAnswered(tempDir());
    const file = await x.a.ok('exchanges.lotFile', { lotId: x.lot.lotId });
    const onDisk = path.join(x.dataDir, 'envois', x.lot.fileName);
    expect(file.fileName).toBe(x.lot.fileName);
    expect(Buffer.from(file.base64, 'base64').equals(fs.readFileSync(onDisk))).toBe(true);
    fs.rmSync(onDisk);
    const gone = await x.a.call('exchanges.lotFile', { lotId: x.lot.lotId });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('n’est plus dans le dossier des envois') } });
    expect(await x.a.call('exchanges.lotFile', { lotId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await x.a.call('exchanges.lot', { lotId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('n’existe pas') },
    });
  });

  it('flags a lot sent without a return file for more days than the setting says, and follows the setting', async () => {
    const x = await exportedAndAnswered(tempDir());
    x.a.setToday('2008-07-05'); // sent 2008-06-05: 30 days, not more
    expect(await x.a.ok('exchanges.lots', {})).toMatchObject({ returnAlertDays: 30, overdueCount: 0, lots: [{ overdue: false, daysWithoutReturn: 30 }] });
    x.a.setToday('2008-07-06');
    expect(await x.a.ok('exchanges.lots', {})).toMatchObject({ overdueCount: 1, lots: [{ overdue: true, daysWithoutReturn: 31 }] });
    await x.a.ok('settings.saveExchange', { maxLinesPerLot: 700, returnAlertDays: 45 });
    expect(await x.a.ok('exchanges.lots', {})).toMatchObject({ returnAlertDays: 45, overdueCount: 0, lots: [{ overdue: false }] });
    await x.a.ok('settings.saveExchange', { maxLinesPerLot: 700, returnAlertDays: 10 });
    const detail = await x.a.ok('exchanges.lot', { lotId: x.lot.lotId });
    expect(detail.lot).toMatchObject({ overdue: true, daysWithoutReturn: 31 });
    // Once the return file is in, the lot is no longer waiting.
    await imported(x);
    x.a.setToday('2008-09-01');
    expect(await x.a.ok('exchanges.lots', {})).toMatchObject({ overdueCount: 0 });
  });

  it('writes lots of at most the configured number of lines', async () => {
    const a = await agency(tempDir());
    await signedCae(a);
    await signedCae(
      a,
      (doc) => {
        doc.employee = { ...doc.employee, nir: null, lastName: 'BERNARD', firstNames: 'Louis', civility: 'M' };
      },
      false,
    );
    await a.ok('settings.saveExchange', { maxLinesPerLot: 1, returnAlertDays: 30 });
    const exported = await a.ok('exchanges.export', {});
    expect(exported.maxLines).toBe(1);
    expect(exported.lots.map((l) => [l.sequence, l.lines])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(exported.awaitingCorrection).toEqual([]);
    expect(fs.readdirSync(exported.folder).sort()).toEqual(exported.lots.map((l) => l.fileName).sort());
    // Nothing is pending any more.
    expect((await a.ok('exchanges.export', {})).lots).toEqual([]);
  });
});
