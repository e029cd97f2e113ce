/**
 * Any list as a CSV file: every row matching the list's filters (page after
 * page in one read transaction, so the file is a consistent snapshot), under
 * a French file name dated the day of the export.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { ExportList } from '../../shared/api/exports-contract';
import { setImmediate } from 'node:timers/promises';
import { inReadSnapshot, inReadTransaction } from '../db/connection';
import { aidLines, exemptionTable } from '../services/aids';
import { listLots } from '../services/exchanges/lots';
import { conventionList, employeeList, employerList } from '../services/lists';
import { aidCsvColumns, conventionCsvColumns, employeeCsvColumns, employerCsvColumns, exemptionCsvColumns, lotCsvColumns } from './columns';
import { conventionAmountsOf } from './convention-amounts';
import { csvWriter, type CsvColumn } from './csv';
import type { ProgressListener } from '../services/progress';

export type CsvRequest = ParsedInput<'exports.csv'>;

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
 * The same file, handed to `write` as it is made (the conventions a page of
 * 1,000 at a time: 200,000 lines never held together; issue #16), in one
 * read transaction, so the file is a consistent snapshot. Returns the rows.
 */
export function writeListCsv(db: Database, request: CsvRequest, seenFrom: string, write: (chunk: string) => void, onProgress?: ProgressListener): number {
  return inReadTransaction(db, () => {
    switch (request.list) {
      case 'conventions': {
        let rows = 0;
        for (const done of conventionCsvSlices(db, request, write, onProgress)) rows = done;
        return rows;
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
 * The conventions export a page of 1,000 at a time: each step writes a page
 * and yields how many rows are written so far (the caller may let other work
 * run between steps).
 */
function* conventionCsvSlices(db: Database, request: CsvRequest, write: (chunk: string) => void, onProgress?: ProgressListener): Generator<number> {
  const filters = request.filters ?? {};
  const writer = csvWriter(conventionCsvColumns, write);
  let done = 0;
  yield done;
  for (let offset = 0; ;) {
    const page = conventionList(db, { ...filters, limit: PAGE_SIZE, offset });
    const amounts = conventionAmountsOf(
      db,
      page.items.map((c) => c.id),
    );
    writer.rows(page.items.map((c) => ({ ...c, amounts: amounts.get(c.id) })));
    done += page.items.length;
    offset += page.items.length;
    onProgress?.(done, page.total);
    yield done;
    if (page.items.length < PAGE_SIZE || offset >= page.total) return;
  }
}

/**
 * The `exports.csv` channel in the app: the list read on `reader`, a
 * connection of its own (openReadConnection), in one read snapshot, a page at
 * a time with the event loop let go between pages — the app answers other
 * requests during an export of 200,000 conventions, and its progress reaches
 * the screen (issue #16).
 */
export async function exportCsvInSlices(
  reader: Database,
  request: CsvRequest,
  days: { today: string; seenFrom: string },
  onProgress?: ProgressListener,
): Promise<ChannelOutput<'exports.csv'>> {
  const chunks: string[] = [];
  await inReadSnapshot(reader, async () => {
    if (request.list !== 'conventions') {
      writeListCsv(reader, request, days.seenFrom, (chunk) => chunks.push(chunk));
      return;
    }
    const slices = conventionCsvSlices(reader, request, (chunk) => chunks.push(chunk), onProgress);
    while (!slices.next().done) await setImmediate();
  });
  return { fileName: csvFileName(request.list, days.today), base64: Buffer.from(chunks.join(''), 'utf8').toString('base64') };
}

function writeAll<R>(columns: readonly CsvColumn<R>[], rows: readonly R[], write: (chunk: string) => void): number {
  csvWriter(columns, write).rows(rows);
  return rows.length;
}

/** The `exports.csv` channel: file name and bytes in base64. */
export function exportCsv(db: Database, request: CsvRequest, today: string, seenFrom: string, onProgress?: ProgressListener): ChannelOutput<'exports.csv'> {
  return { fileName: csvFileName(request.list, today), base64: listCsv(db, request, seenFrom, onProgress).bytes.toString('base64') };
}
