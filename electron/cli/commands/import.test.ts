import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerLot } from '../../../test/counterpart/respond';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoAgency, dumpTables } from '../../../test/helpers/agency-workspace';
import { runExport } from './export';
import { runImport } from './import';
import { runLots } from './lots';
import { formatCents } from '../../../shared/format/money';
import { fakeIo } from '../../../test/helpers/cli';

const tempDir = useTempDir('cae-import-');
const env = { SOURCE_DATE_EPOCH: '1245052800' };

/** A demo agency that has sent one lot, and the counterpart's answer to it. */
async function sentLot(dir: string): Promise<{ db: string; reply: string }> {
  const db = demoAgency(dir);
  const io = { ...fakeIo(dir), env };
  expect(await runExport(['--data-dir', dir, '--demo', 'agence', '--to', path.join(dir, 'out')], io)).toBe(0);
  const lot = fs.readdirSync(path.join(dir, 'out'))[0]!;
  const answer = answerLot(fs.readFileSync(path.join(dir, 'out', lot), 'utf8'), '2009-06-20T09:00:00Z', 1);
  const reply = path.join(dir, answer.fileName);
  fs.writeFileSync(reply, answer.text);
  return { db, reply };
}

async function importing(dir: string, file: string) {
  const io = { ...fakeIo(dir), env };
  const code = await runImport([file, '--data-dir', dir, '--demo', 'agence'], io);
  return { code, err: io.err(), out: io.out() };
}

describe('cae import: a bad file changes nothing and is quarantined', () => {
  const damages: [string, (text: string) => Buffer, RegExp][] = [
    [
      'tampered (an amount changed, checksum kept)',
      (t) => Buffer.from(t.replace(/"amountCents": (\d+)/, (_, n: string) => `"amountCents": ${Number(n) + 1}`)),
      /somme de contrôle/,
    ],
    ['truncated', (t) => Buffer.from(t.slice(0, Math.floor(t.length / 2))), /tronqué/],
    ['wrongly encoded (Latin-1)', (t) => Buffer.from(t.replace('"CNASEA"', '"CNASÉA"'), 'latin1'), /Encodage incorrect à la ligne \d+/],
    ['invalid in a field', (t) => Buffer.from(t.replace(/"paidOn": "[^"]+"/, '"paidOn": "2009-13-45"')), /ligne \d+, champ « date du paiement »/],
  ];
  for (const [name, damage, message] of damages) {
    it(`refuses a ${name} return file with exit code 1`, async () => {
      const dir = tempDir();
      const { db, reply } = await sentLot(dir);
      fs.writeFileSync(reply, damage(fs.readFileSync(reply, 'utf8')));
      const before = dumpTables(db);
      const result = await importing(dir, reply);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err).toContain('rien n’a été modifié');
      expect(dumpTables(db)).toBe(before);
      const kept = fs.readdirSync(path.join(dir, 'quarantaine'));
      expect(kept).toHaveLength(2);
      expect(kept.some((f) => f.endsWith('.rapport.txt'))).toBe(true);
    });
  }
});

describe('cae export, import and lots: exit codes', () => {
  it('exit 2 for usage errors and unreadable input, 0 on success', async () => {
    const dir = tempDir();
    const io = { ...fakeIo(dir), env };
    expect(await runExport(['--data-dir', dir], io)).toBe(2);
    expect(io.err()).toContain('--to DIR');
    expect(await runLots(['--data-dir', dir], io)).toBe(2);
    expect(io.err()).toContain('Aucune base de données');
    expect(await runImport([path.join(dir, 'absent.json'), '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toContain('fichier introuvable');
    expect(await runImport(['--data-dir', dir, '--bogus', 'x'], io)).toBe(2);
    expect(io.err()).toContain('Option inconnue');

    const { reply } = await sentLot(dir);
    const json = { ...fakeIo(dir), env };
    expect(await runImport([reply, '--data-dir', dir, '--demo', 'agence', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ kind: 'applied' });
    const lots = { ...fakeIo(dir), env };
    expect(await runLots(['--data-dir', dir, '--demo', 'agence', '--json'], lots)).toBe(0);
    expect(JSON.parse(lots.out())).toMatchObject({
      lots: [
        { direction: 'OUT', sequence: 1 },
        { direction: 'IN', emitter: 'CNASEA', status: 'accepted' },
      ],
    });
  });
});

describe('cae import: a summary by default, each line with --verbose', () => {
  const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

  it('prints the statuses counted and the total paid in a few lines, whatever the size of the file', async () => {
    const dir = tempDir();
    const { reply } = await sentLot(dir);
    const { lines: fileLines } = JSON.parse(fs.readFileSync(reply, 'utf8')) as { lines: { record: string; amountCents?: number }[] };
    const payments = fileLines.filter((l) => l.record === 'PAYMENT');
    expect(payments.length).toBeGreaterThan(5);
    const total = payments.reduce((sum, l) => sum + l.amountCents!, 0);

    const dry = { ...fakeIo(dir), env };
    expect(await runImport([reply, '--data-dir', dir, '--demo', 'agence', '--dry-run'], dry)).toBe(0);
    const lines = dry.out().trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines[0]).toBe('Aperçu (rien n’est écrit) :');
    expect(dry.out()).toMatch(/passerait à « Accepté » \(\d+ ligne\(s\) acceptée\(s\), 0 rejetée\(s\)\)/);
    expect(dry.out()).toContain(`Paiements : ${payments.length}, ${formatCents(total)} au total, payés le 20/06/2009.`);
    expect(dry.out()).toContain('(détail ligne à ligne : --verbose)');
    expect(dry.out()).not.toMatch(ISO_DAY);

    const verbose = { ...fakeIo(dir), env };
    expect(await runImport([reply, '--data-dir', dir, '--demo', 'agence', '--verbose'], verbose)).toBe(0);
    const paymentLines = verbose
      .out()
      .split('\n')
      .filter((l) => l.startsWith('Paiement '));
    expect(paymentLines).toHaveLength(payments.length);
    for (const line of paymentLines)
      expect(line).toMatch(/^Paiement \S+ du \d{2}\/\d{2}\/\d{4} au \d{2}\/\d{2}\/\d{4} : [\d\u202f]+,\d{2}\u00a0€ le 20\/06\/2009\.$/);
    expect(verbose.out()).toContain(`Paiements : ${payments.length}, ${formatCents(total)} au total`);
    expect(verbose.out()).not.toMatch(ISO_DAY);
  });
});
