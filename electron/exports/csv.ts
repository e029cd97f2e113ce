/**
 * A list as spreadsheet bytes that open right in LibreOffice and Excel set to
 * French: `;` between fields, UTF-8 with a BOM, CRLF line ends, RFC 4180
 * quoting (csv-stringify), dates `JJ/MM/AAAA`, amounts with a decimal comma
 * and no thousands separator. Text cells a spreadsheet would read as a
 * formula are neutralised with a leading `'` (CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import { formatDateFr } from '../../shared/format/date';

/** One column: its French header and how a row fills it (the kind decides the format). */
export type CsvColumn<R> = { header: string } & (
  | { text: (row: R) => string | null }
  | { date: (row: R) => string | null }
  | { cents: (row: R) => number | null }
  | { integer: (row: R) => number | null }
  | { basisPoints: (row: R) => number | null }
);

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would take for a formula gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Integer cents as euros with a decimal comma and no thousands separator: 123456 → `1234,56`. */
export function formatCentsCsv(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`montant en centimes attendu, reçu ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Basis points as a percentage with a decimal comma: 9000 → `90`, 8750 → `87,5`. */
export function formatBasisPointsCsv(bp: number): string {
  return String(bp / 100).replace('.', ',');
}

/** How a column fills its cell, the kind of the column chosen once for the whole file rather than at each cell. */
function cellWriter<R>(column: CsvColumn<R>): (row: R) => string {
  if ('text' in column) {
    const text = column.text;
    return (row) => {
      const value = text(row);
      return value === null ? '' : guardFormula(value);
    };
  }
  if ('date' in column) {
    const date = column.date;
    return (row) => formatDateFr(date(row));
  }
  const [value, format] =
    'cents' in column ? [column.cents, formatCentsCsv] : 'integer' in column ? [column.integer, String] : [column.basisPoints, formatBasisPointsCsv];
  return (row) => {
    const number = value(row);
    return number === null ? '' : format(number);
  };
}

const CSV_OPTIONS = {
  delimiter: ';',
  record_delimiter: '\r\n',
  // RFC 4180: a field holding a line break is quoted too, not only `;` and `"`.
  quoted_match: /[\r\n]/,
} as const;

/** The header line and one line per row, as the bytes of a `.csv` file. */
export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): Buffer {
  const chunks: string[] = [];
  const writer = csvWriter(columns, (chunk) => chunks.push(chunk));
  writer.rows(rows);
  return Buffer.from(chunks.join(''), 'utf8');
}

/**
 * The same file written as it goes: the BOM and the header line at once, then
 * each batch of rows as its text, so 200,000 lines never sit in memory
 * together (issue #16).
 */
export function csvWriter<R>(columns: readonly CsvColumn<R>[], write: (chunk: string) => void): { rows: (rows: readonly R[]) => void } {
  const cells = columns.map(cellWriter);
  write(stringify([columns.map((c) => guardFormula(c.header))], { ...CSV_OPTIONS, bom: true }));
  return {
    rows: (rows) => {
      if (rows.length)
        write(
          stringify(
            rows.map((row) => cells.map((cell) => cell(row))),
            CSV_OPTIONS,
          ),
        );
    },
  };
}
