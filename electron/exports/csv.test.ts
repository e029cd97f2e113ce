import { describe, expect, it } from 'vitest';
import { maskNir } from '../../shared/format/nir';
import { formatBasisPointsCsv, formatCentsCsv, guardFormula, toCsv, type CsvColumn } from './csv';

interface Row {
  name: string;
  nir: string | null;
  on: string | null;
  cents: number | null;
  count: number;
  bp: number | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Raison sociale', text: (r) => r.name },
  { header: 'NIR (masqué)', text: (r) => maskNir(r.nir) },
  { header: 'Début', date: (r) => r.on },
  { header: 'Montant (€)', cents: (r) => r.cents },
  { header: 'Conventions', integer: (r) => r.count },
  { header: 'Taux (%)', basisPoints: (r) => r.bp },
];

const row = (over: Partial<Row>): Row => ({ name: 'Crèche Française', nir: null, on: '2026-11-25', cents: 123456, count: 3, bp: 9000, ...over });

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, `;` between fields and CRLF line ends', () => {
    const bytes = toCsv(columns, [row({})]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\ufeffRaison sociale;NIR (masqué);Début;Montant (€);Conventions;Taux (%)\r\nCrèche Française;;25/11/2026;1234,56;3;90\r\n',
    );
  });

  it('quotes fields holding `;`, `"` or a line break, doubling the quotes (RFC 4180)', () => {
    const text = toCsv(
      [{ header: 'Texte', text: (r: { t: string }) => r.t }],
      [{ t: 'a;b' }, { t: 'dit "oui"' }, { t: 'ligne 1\nligne 2' }, { t: 'x\r\ny' }],
    ).toString('utf8');
    expect(text).toBe('\ufeffTexte\r\n"a;b"\r\n"dit ""oui"""\r\n"ligne 1\nligne 2"\r\n"x\r\ny"\r\n');
  });

  it('writes amounts with a decimal comma and no thousands separator, dates JJ/MM/AAAA, empty cells for null', () => {
    const text = toCsv(columns, [row({ cents: 123456789, bp: 8750 }), row({ cents: 5, on: null, bp: null }), row({ cents: null })]).toString('utf8');
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toBe('Crèche Française;;25/11/2026;1234567,89;3;87,5');
    expect(lines[2]).toBe('Crèche Française;;;0,05;3;');
    expect(lines[3]).toBe('Crèche Française;;25/11/2026;;3;90');
  });

  it('prefixes text cells a spreadsheet would take for a formula with an apostrophe', () => {
    const cells = ['=1+1', '+33 1 23', '-2+3', '@SUM(A1)', '\tcaché', '\rretour', 'Normal', 'a=b'];
    const text = toCsv([{ header: 'Texte', text: (r: string) => r }], cells).toString('utf8');
    const lines = text.slice(1).split('\r\n');
    expect(lines.slice(1, 9)).toEqual(["'=1+1", "'+33 1 23", "'-2+3", "'@SUM(A1)", "'\tcaché", `"'\rretour"`, 'Normal', 'a=b']);
  });

  it('keeps the NIR masked as in the lists', () => {
    const text = toCsv(columns, [row({ nir: '275036912345678' })]).toString('utf8');
    expect(text).toContain(';• •• •• •• ••• ••6 78;');
    expect(text).not.toContain('275036912345678');
    expect(text).not.toContain('2750369');
  });
});

describe('cell formats', () => {
  it('formats cents, basis points and guards formulas', () => {
    expect(formatCentsCsv(0)).toBe('0,00');
    expect(formatCentsCsv(100)).toBe('1,00');
    expect(formatCentsCsv(-1999)).toBe('-19,99');
    expect(() => formatCentsCsv(1.5)).toThrow(RangeError);
    expect(formatBasisPointsCsv(10500)).toBe('105');
    expect(formatBasisPointsCsv(8725)).toBe('87,25');
    expect(guardFormula('-')).toBe("'-");
    expect(guardFormula('Lyon')).toBe('Lyon');
  });
});
