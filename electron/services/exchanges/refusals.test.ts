/**
 * Issue #15, section 3, through the API (`exchanges.import`): every bad
 * return file once accepted, or refused badly, is now refused with one short
 * French sentence naming the line and the field, and changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents } from '../../../shared/format/money';
import { canonical, sha256, type Json } from '../../../test/counterpart/respond';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { base64, dump, exportedAndAnswered, type Exchanged } from '../../../test/helpers/exchanges';
import { ENGLISH, ownWords } from '../../../test/helpers/english';

/** The report kept beside a quarantined copy: `x.rapport.txt`, or `x.rapport.txt.chiffre` beside `x.chiffre` in an encrypted workspace. */
const reportOf = (kept: string) => kept.replace(/(\.chiffre)?$/, '.rapport.txt$1');

const tempDir = useTempDir('cae-exchanges-refusals-');

type Mutation = { kind: 'byte'; at: number; value: number } | { kind: 'cut'; at: number; length: number } | { kind: 'insert'; at: number; text: string };
type ReturnJson = { header: Record<string, Json>; lines: Record<string, Json>[] };

/** The answer changed by `change`, with its count and checksum recomputed: only the change itself can be refused. */
function resealed(text: string, change: (file: ReturnJson) => void): string {
  const file = JSON.parse(text) as ReturnJson;
  change(file);
  file.header.recordCount = file.lines.length;
  file.header.sha256 = sha256(canonical(file.lines as Json));
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Words that betray a message left in English (a stack trace, a Node or zod error). */

async function answered(): Promise<Exchanged> {
  const x = await exportedAndAnswered(tempDir());
  x.a.setToday('2008-06-20');
  return x;
}

/** Imports `text` through the API: refused, nothing changed, the reasons returned. */
async function refused(x: Exchanged, text: string | Buffer, fileName = x.answer.fileName): Promise<string[]> {
  const before = dump(x);
  const content = typeof text === 'string' ? base64(text) : text.toString('base64');
  const reply = await x.a.ok('exchanges.import', { fileName, base64: content, dryRun: false });
  expect(reply).toMatchObject({ kind: 'refused', refused: true, title: 'Fichier refusé, rien n’a été modifié :' });
  expect(dump(x)).toBe(before);
  for (const line of reply.lines) expect(ownWords(line)).not.toMatch(ENGLISH);
  return reply.lines;
}

const paymentLine = (lineNo: number, paidOn: string): Record<string, Json> => ({
  lineNo,
  record: 'PAYMENT',
  conventionNumber: '069-0608-A1234-00001',
  periodStart: '2008-06-01',
  periodEnd: '2008-06-30',
  amountCents: 80000,
  paidOn,
});

describe('exchanges.import: every bad return file refused in French, nothing changed (issue #15 §3)', () => {
  it('a UTF-8 BOM is refused (the format says UTF-8 without BOM), naming it', async () => {
    const x = await answered();
    const lines = await refused(x, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(x.answer.text)]));
    expect(lines[0]).toMatch(/^Le fichier commence par une marque d’ordre des octets \(BOM\)/);
  });

  it('a payment dated 2099 is refused, naming its line and « paidOn »', async () => {
    const x = await answered();
    const text = resealed(x.answer.text, (f) => f.lines.push(paymentLine(f.lines.length + 1, '2099-01-01')));
    const lines = await refused(x, text);
    expect(lines[0]).toBe('ligne 2, champ « date du paiement » : paiement daté du 01/01/2099, dans le futur (aujourd’hui : 20/06/2008).');
  });

  it('a payment of more than 100 000 € for one period and a period ending before it starts are refused', async () => {
    const x = await answered();
    const text = resealed(x.answer.text, (f) => f.lines.push({ ...paymentLine(2, '2008-06-20'), periodEnd: '2008-05-01', amountCents: 123_456_789 }));
    const lines = await refused(x, text);
    expect(lines[0]).toMatch(/^ligne 2, champ « fin de la période payée » : la période finit le 01\/05\/2008, avant son début \(01\/06\/2008\)\.$/);
    expect(lines[1]).toBe(
      `ligne 2, champ « montant payé » : ${formatCents(123_456_789)} pour une période, invraisemblable (${formatCents(10_000_000)} au plus).`,
    );
  });

  it('sequence 9007199254740991 is refused, and the genuine file is applied after it', async () => {
    const x = await answered();
    const lines = await refused(
      x,
      resealed(x.answer.text, (f) => (f.header.sequence = 9007199254740991)),
    );
    expect(lines[0]).toBe('en-tête, champ « numéro de fichier » : numéro de fichier sur 6 chiffres, 999 999 au plus.');
    const genuine = await x.a.ok('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: false });
    expect(genuine.kind).toBe('applied');
  });

  it('a sequence jump beyond the window of 1 000 is refused, naming « numéro de fichier »', async () => {
    const x = await answered();
    const lines = await refused(
      x,
      resealed(x.answer.text, (f) => (f.header.sequence = 1001)),
    );
    expect(lines[0]).toBe(
      'En-tête, champ « numéro de fichier » : n° 1001 invraisemblable, c’est le premier fichier reçu de CNASEA (écart de 1000 au plus) ; vérifiez l’origine du fichier auprès de son émetteur.',
    );
  });

  it('an ANSI escape or a bidi control in a label is refused, naming the line and « label »', async () => {
    const x = await answered();
    const ansi = await refused(
      x,
      resealed(x.answer.text, (f) => (f.lines[0]!.label = 'Durée \u001b[2J\u001b[32mACCEPTÉE')),
    );
    expect(ansi[0]).toBe('ligne 1, champ « motif du rejet » : caractère de contrôle U+001B interdit dans un texte.');
    const bidi = await refused(
      x,
      resealed(x.answer.text, (f) => (f.lines[0]!.label = 'Durée \u202eeétpecca')),
    );
    expect(bidi[0]).toMatch(/^ligne 1, champ « motif du rejet » : caractère de direction du texte U\+202E interdit/);
  });

  it('a duplicate JSON key is refused, naming the key and its line in the file', async () => {
    const x = await answered();
    // JSON.parse keeps the last « code »: the checksum still matches, the file was applied.
    const text = x.answer.text.replace('"code": "DUREE_HEBDO",', '"code": "AUTRE",\n      "code": "DUREE_HEBDO",');
    expect(text).not.toBe(x.answer.text);
    const lines = await refused(x, text);
    expect(lines[0]).toMatch(/^Clé « code » en double à la ligne \d+ du fichier : chaque champ ne doit figurer qu’une fois par objet\.$/);
  });

  it('a file that is not JSON is not reported as « tronqué »', async () => {
    const x = await answered();
    const lines = await refused(x, '%PDF-1.4\n1 0 obj\n');
    expect(lines[0]).toMatch(/^Ce n’est pas un fichier d’échange : un document JSON commençant par « \{ » est attendu/);
    expect(lines.join(' ')).not.toMatch(/tronqué/);
  });

  it('a 245-character file name: refused in French and quarantined under a shortened name, no ENAMETOOLONG', async () => {
    const x = await answered();
    const fileName = `${'R'.repeat(240)}.json`;
    const before = dump(x);
    const reply = await x.a.app.invoke('exchanges.import', { fileName, base64: base64('{'), dryRun: false });
    expect(reply).toMatchObject({ ok: true, value: { kind: 'refused' } });
    const value = (reply as { ok: true; value: { quarantined: string; lines: string[] } }).value;
    expect(JSON.stringify(reply)).not.toMatch(/ENAMETOOLONG| {4}at /);
    expect(Buffer.byteLength(path.basename(reportOf(value.quarantined!)))).toBeLessThanOrEqual(255);
    expect(fs.existsSync(value.quarantined)).toBe(true);
    expect(dump(x)).toBe(before);
  });

  it('a refusal of thousands of lines keeps 50 reasons and counts the others', async () => {
    const x = await answered();
    const text = resealed(x.answer.text, (f) => {
      for (let i = 0; i < 5000; i++) f.lines.push({ lineNo: f.lines.length + 1, record: 'ACCEPTED', lotLineNo: 100 + i });
    });
    const lines = await refused(x, text);
    expect(lines).toHaveLength(52);
    expect(lines[50]).toBe('… et 4950 autre(s) motif(s).');
    expect(lines[51]).toMatch(/^Fichier gardé en quarantaine : /);
  });

  it('random mutations of a valid return file: never a crash, never English, the database unchanged (fast-check, 500 cases)', async () => {
    const x = await answered();
    // Applied once: any mutation is then refused, or the same file again (« déjà importé ») — never a change.
    await x.a.ok('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: false });
    const before = dump(x);
    const original = Buffer.from(x.answer.text);
    const weird = fc.constantFrom('\u001b[31m', '\u202e', '\uFEFF', '"', '{', '}', ',', '\\', '\u0000', '"lineNo": 1,', '9007199254740991', 'é', '\n');
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(weird, fc.string({ maxLength: 8 })) }),
    );
    const mutate = (bytes: Buffer, m: Mutation): Buffer => {
      const at = m.at % bytes.length;
      if (m.kind === 'byte') return Buffer.concat([bytes.subarray(0, at), Buffer.from([m.value]), bytes.subarray(at + 1)]);
      if (m.kind === 'cut') return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)]);
    };
    await fc.assert(
      // A preview quarantines nothing: faster, and the same checks.
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (mutations, dryRun) => {
        const bytes = mutations.reduce(mutate, original);
        const reply = await x.a.app.invoke('exchanges.import', { fileName: x.answer.fileName, base64: bytes.toString('base64'), dryRun });
        if (!reply.ok) throw new Error(`réponse en erreur : ${reply.error.message}`);
        expect(['refused', 'already']).toContain(reply.value.kind);
        for (const line of [reply.value.title, ...reply.value.lines]) expect(ownWords(line)).not.toMatch(ENGLISH);
        expect(dump(x)).toBe(before);
        const kept = reply.value.quarantined;
        expect(kept === null).toBe(dryRun || reply.value.kind === 'already');
        // Checked, then removed: a long run (FUZZ_RUNS) does not fill the folder.
        if (kept) for (const f of [kept, reportOf(kept)]) fs.rmSync(f);
      }),
      // FUZZ_RUNS=100000 for a long run.
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  }, 600_000);
});
