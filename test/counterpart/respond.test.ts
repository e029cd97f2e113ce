import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { conventionLine, eventLine, lotText, proofLine } from './lot-fixture';
import { answerLot, canonical, sha256, type Json } from './respond';

const AT = '2009-06-20T09:00:00Z';
const schema = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/schemas/return-file.schema.json'), 'utf8'),
) as object;

interface ReturnLine {
  lineNo: number;
  record: string;
  lotLineNo?: number;
  code?: string;
  label?: string;
  conventionNumber?: string;
  periodStart?: string;
  periodEnd?: string;
  amountCents?: number;
  paidOn?: string;
}

function answer(text: string, known: Set<string> | null = null) {
  const reply = answerLot(text, AT, 4, known);
  return { fileName: reply.fileName, file: JSON.parse(reply.text) as { header: Record<string, Json>; lines: ReturnLine[] } };
}

describe('reference counterpart (payment organisation side, docs/exchange-format.md)', () => {
  it('answers every line of a valid lot once, with a payment notice for the first month of each accepted convention', () => {
    const { fileName, file } = answer(
      lotText([
        conventionLine(),
        conventionLine({ conventionNumber: '069060912346', startsOn: '2009-06-20', endsOn: '2009-06-25', monthlyGrossCents: 100_001, aidRateBp: 8750 }),
      ]),
    );
    expect(fileName).toBe('RET_CNASEA_000004_20090620T090000Z.json');
    expect(new Ajv2020({ strict: false, validateFormats: false }).validate(schema, file)).toBe(true);
    expect(file.header).toMatchObject({ kind: 'return-file', emitter: 'CNASEA', recipient: '69012', sequence: 4, recordCount: 4 });
    expect(file.header.sha256).toBe(sha256(canonical(file.lines as unknown as Json)));
    expect(file.lines.map((l) => [l.lineNo, l.record, l.lotLineNo])).toEqual([
      [1, 'ACCEPTED', 1],
      [2, 'ACCEPTED', 2],
      [3, 'PAYMENT', undefined],
      [4, 'PAYMENT', undefined],
    ]);
    // First month up to the month's end (or the convention's end); gross × rate, rounded half-up to the cent.
    expect(file.lines[2]).toMatchObject({ periodStart: '2009-06-15', periodEnd: '2009-06-30', amountCents: 105_300, paidOn: '2009-06-20' });
    expect(file.lines[3]).toMatchObject({ periodStart: '2009-06-20', periodEnd: '2009-06-25', amountCents: 87_501 });
  });

  it('rejects a convention without NIR (NIR_ABSENT), under 20 hours a week (DUREE_HEBDO) or over 24 months (DATES_INCOHERENTES), and pays none of them', () => {
    const { file } = answer(
      lotText([
        conventionLine({ employee: { nir: null, lastName: 'X', firstNames: 'Y', birthDate: '1980-01-01' } }),
        conventionLine({ weeklyMinutes: 1140 }),
        conventionLine({ measure: 'CAE_DOM', weeklyMinutes: 1140 }),
        conventionLine({ startsOn: '2009-06-15', endsOn: '2011-06-15' }),
      ]),
    );
    expect(file.lines.filter((l) => l.record !== 'PAYMENT').map((l) => l.code ?? l.record)).toEqual([
      'NIR_ABSENT',
      'DUREE_HEBDO',
      'ACCEPTED',
      'DATES_INCOHERENTES',
    ]);
    expect(file.lines.filter((l) => l.record === 'REJECTED').every((l) => /^[A-ZÉ].+\.$/.test(l.label!))).toBe(true);
    expect(file.lines.filter((l) => l.record === 'PAYMENT')).toHaveLength(1);
  });

  it('with a memory of accepted conventions, rejects events of conventions it never accepted (CONVENTION_INCONNUE) and remembers the new ones', () => {
    const known = new Set(['069060900001']);
    const { file } = answer(lotText([conventionLine(), eventLine('069060912345'), eventLine('069060900001'), eventLine('069060999999')]), known);
    expect(file.lines.filter((l) => l.record !== 'PAYMENT').map((l) => l.code ?? l.record)).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'CONVENTION_INCONNUE',
    ]);
    expect([...known].sort()).toEqual(['069060900001', '069060912345']);
  });

  it('accepts a proof of activity whose months cover its period and whose totals are their sums; rejects the others with a French label', () => {
    const known = new Set(['069060912345']);
    const good = proofLine('069060912345');
    const months = good.months as Json[];
    const { file } = answer(
      lotText([
        good,
        proofLine('069060912345', { months: [months[0]!, months[2]!] }),
        proofLine('069060912345', { workedMinutes: 1 }),
        proofLine('069060912345', { quarterStart: '2009-09-01' }),
        proofLine('069069999999'),
      ]),
      known,
    );
    expect(file.lines.map((l) => [l.record, l.code ?? null])).toEqual([
      ['ACCEPTED', null],
      ['REJECTED', 'JUSTIFICATIF_INCOMPLET'],
      ['REJECTED', 'JUSTIFICATIF_INCOHERENT'],
      ['REJECTED', 'DATES_INCOHERENTES'],
      ['REJECTED', 'CONVENTION_INCONNUE'],
    ]);
    expect(file.lines[1]!.label).toBe('Justificatif d’activité : mois 2009-07 attendu, 2009-08 reçu.');
    // A proof is not a new convention: no payment notice.
    expect(file.lines.some((l) => l.record === 'PAYMENT')).toBe(false);
  });

  it('refuses a whole lot that breaks the schema, its checksum or its record count', () => {
    expect(() => answerLot(lotText([conventionLine({ weeklyMinutes: '20h' })]), AT, 1)).toThrow(/schéma/);
    expect(() =>
      answerLot(
        lotText([conventionLine()], 1, (lot) => ((lot.lines[0] as { weeklyMinutes: number }).weeklyMinutes = 1600)),
        AT,
        1,
      ),
    ).toThrow(/Somme de contrôle/);
    expect(() =>
      answerLot(
        lotText([conventionLine()], 1, (lot) => (lot.header.recordCount = 2)),
        AT,
        1,
      ),
    ).toThrow(/Nombre de lignes/);
  });
});
