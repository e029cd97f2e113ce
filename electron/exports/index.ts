/**
 * Any list as a CSV file: every row matching the list's filters (page after
 * page in one read transaction, so the file is a consistent snapshot), under
 * a French file name dated the day of the export.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { ExportList } from '../../shared/api/exports-contract';
import { inReadTransaction } from '../db/connection';
import { conventionExportRows, type ConventionExportRow } from '../db/repositories/conventions/export-rows';
import { aidLines, exemptionTable } from '../services/aids';
import { listLots } from '../services/exchanges/lots';
import { employeeList, employerList } from '../services/lists';
import { aidCsvColumns, conventionCsvColumns, employeeCsvColumns, employerCsvColumns, exemptionCsvColumns, lotCsvColumns } from './columns';
import { csvWriter, type CsvColumn } from './csv';
import type { ProgressListener } from '../services/progress';

export type CsvRequest = ParsedInput<'exports.csv'>;
type ConventionFilters = NonNullable<Extract<CsvRequest, { list: 'conventions' }>['filters']>;

const PAGE_SIZE = 1000;

const FILE_PREFIX: Record<ExportList, string> = {
  conventions: 'conventions',
  employers: 'employeurs',
  employees: 'salaries',
  lots: 'echanges',
  aids: 'aides',
  exemptions: 'assiettes',
};

/** `conventions-2026-11-25.csv`, `employeurs-2026-11-25.csv`… */
export function csvFileName(list: ExportList, today: string): string {
  return `${FILE_PREFIX[list]}-${today}.csv`;
}

/** Every item of a paged list query. */
function allPages<T>(page: (limit: number, offset: number) => { total: number; items: T[] }): T[] {
  const items: T[] = [];
  eachPage(page, (next) => items.push(...next));
  return items;
}

/** Each page of a paged list query, in turn; the total of the first page is told first. */
function eachPage<T>(page: (limit: number, offset: number) => { total: number; items: T[] }, use: (items: T[], total: number) => void): void {
  for (let offset = 0; ;) {
    const next = page(PAGE_SIZE, offset);
    use(next.items, next.total);
    offset += next.items.length;
    if (next.items.length < PAGE_SIZE || offset >= next.total) return;
  }
}

/**
 * The CSV bytes of a list and its number of data rows (the header line aside).
 * `seenFrom`: the day the workspace is seen from (a demo's reference date), which tells the aid not yet due.
 */
export function listCsv(db: Database, request: CsvRequest, seenFrom: string, onProgress?: ProgressListener): { bytes: Buffer; rows: number } {
  const chunks: string[] = [];
  const rows = writeListCsv(db, request, seenFrom, (chunk) => chunks.push(chunk), onProgress);
  return { bytes: Buffer.from(chunks.join(''), 'utf8'), rows };
}

/**
 * The same file, handed to `write` as it is made (the conventions a slice of
 * EXPORT_SLICE at a time: 200,000 lines never held together; issue #16), in one
 * read transaction, so the file is a consistent snapshot. Returns the rows.
 */
export function writeListCsv(db: Database, request: CsvRequest, seenFrom: string, write: (chunk: string) => void, onProgress?: ProgressListener): number {
  return inReadTransaction(db, () => {
    switch (request.list) {
      case 'conventions': {
        return writeConventionsCsv(db, request.filters ?? {}, write, onProgress);
      }
      case 'employers': {
        return writeAll(
          employerCsvColumns,
          allPages((limit, offset) => employerList(db, { ...request.filters, limit, offset })),
          write,
        );
      }
      case 'employees': {
        return writeAll(
          employeeCsvColumns,
          allPages((limit, offset) => employeeList(db, { ...request.filters, limit, offset })),
          write,
        );
      }
      case 'lots': {
        return writeAll(lotCsvColumns, listLots(db), write);
      }
      case 'aids': {
        return writeAll(aidCsvColumns, aidLines(db, seenFrom), write);
      }
      case 'exemptions': {
        return writeAll(exemptionCsvColumns, exemptionTable(db).rows, write);
      }
    }
  });
}

/**
 * Rows written, and the progress told, a slice at a time. A small slice: the
 * rows of a slice still held when V8 collects its young generation move to
 * the old one, which V8 lets grow before collecting it. Measured on the
 * export of 200,000 conventions (bench/export-child.ts): 228–240 MB peak with
 * slices of 1,000, 172–176 MB with 250, in the same time.
 */
export const EXPORT_SLICE = 250;

/**
 * The conventions a slice of EXPORT_SLICE rows at a time, read by one statement in
 * the list's order (conventionExportRows): each slice becomes one chunk of
 * text, then the progress is told.
 */
function writeConventionsCsv(db: Database, filters: ConventionFilters, write: (chunk: string) => void, onProgress?: ProgressListener): number {
  const { total, rows } = conventionExportRows(db, filters);
  const writer = csvWriter(conventionCsvColumns, write);
  const slice: ConventionExportRow[] = [];
  let done = 0;
  const flush = () => {
    writer.rows(slice);
    done += slice.length;
    slice.length = 0;
    onProgress?.(done, total);
  };
  for (const row of rows) if (slice.push(row) === EXPORT_SLICE) flush();
  if (slice.length > 0 || done === 0) flush();
  return done;
}

function writeAll<R>(columns: readonly CsvColumn<R>[], rows: readonly R[], write: (chunk: string) => void): number {
  csvWriter(columns, write).rows(rows);
  return rows.length;
}

/** The `exports.csv` channel: file name and bytes in base64. */
export function exportCsv(db: Database, request: CsvRequest, today: string, seenFrom: string, onProgress?: ProgressListener): ChannelOutput<'exports.csv'> {
  return { fileName: csvFileName(request.list, today), base64: listCsv(db, request, seenFrom, onProgress).bytes.toString('base64') };
}
