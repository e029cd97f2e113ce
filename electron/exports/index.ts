/**
 * Any list as a CSV file: every row matching the list's filters (page after
 * page in one read transaction, so the file is a consistent snapshot), under
 * a French file name dated the day of the export.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { ExportList } from '../../shared/api/exports-contract';
import { inReadTransaction } from '../db/connection';
import { aidLines, exemptionTable } from '../services/aids';
import { listLots } from '../services/exchanges/lots';
import { conventionList, employeeList, employerList } from '../services/lists';
import { aidCsvColumns, conventionCsvColumns, employeeCsvColumns, employerCsvColumns, exemptionCsvColumns, lotCsvColumns } from './columns';
import { latestConventionAmounts } from './convention-amounts';
import { toCsv } from './csv';

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
  for (;;) {
    const next = page(PAGE_SIZE, items.length);
    items.push(...next.items);
    if (next.items.length < PAGE_SIZE || items.length >= next.total) return items;
  }
}

/**
 * The CSV bytes of a list and its number of data rows (the header line aside).
 * `seenFrom`: the day the workspace is seen from (a demo's reference date), which tells the aid not yet due.
 */
export function listCsv(db: Database, request: CsvRequest, seenFrom: string): { bytes: Buffer; rows: number } {
  return inReadTransaction(db, () => {
    switch (request.list) {
      case 'conventions': {
        const filters = request.filters ?? {};
        const amounts = latestConventionAmounts(db);
        const rows = allPages((limit, offset) => conventionList(db, { ...filters, limit, offset })).map((c) => ({
          ...c,
          amounts: amounts.get(c.id),
        }));
        return { bytes: toCsv(conventionCsvColumns, rows), rows: rows.length };
      }
      case 'employers': {
        const rows = allPages((limit, offset) => employerList(db, { ...request.filters, limit, offset }));
        return { bytes: toCsv(employerCsvColumns, rows), rows: rows.length };
      }
      case 'employees': {
        const rows = allPages((limit, offset) => employeeList(db, { ...request.filters, limit, offset }));
        return { bytes: toCsv(employeeCsvColumns, rows), rows: rows.length };
      }
      case 'lots': {
        const rows = listLots(db);
        return { bytes: toCsv(lotCsvColumns, rows), rows: rows.length };
      }
      case 'aids': {
        const rows = aidLines(db, seenFrom);
        return { bytes: toCsv(aidCsvColumns, rows), rows: rows.length };
      }
      case 'exemptions': {
        const { rows } = exemptionTable(db);
        return { bytes: toCsv(exemptionCsvColumns, rows), rows: rows.length };
      }
    }
  });
}

/** The `exports.csv` channel: file name and bytes in base64. */
export function exportCsv(db: Database, request: CsvRequest, today: string, seenFrom: string): ChannelOutput<'exports.csv'> {
  return { fileName: csvFileName(request.list, today), base64: listCsv(db, request, seenFrom).bytes.toString('base64') };
}
