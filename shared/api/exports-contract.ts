/**
 * Spreadsheet exports, spread into the contract's `channels`: any list as a
 * CSV file (name and bytes in base64, or written by the desktop app where the
 * user chose), with the same filters as the list but
 * every matching row, not one page. The conventions filters are the list's
 * own schema, passed in by the contract so this file does not import it back.
 */
import { z } from 'zod';

/** `aids`: expected, received and differences per month; `exemptions`: exempted base per month and employee (employer workspace). */
export type ExportList = 'conventions' | 'employers' | 'employees' | 'lots' | 'aids' | 'exemptions';

const csvFile = z.object({
  fileName: z.string().regex(/^[\w.-]+\.csv$/),
  base64: z.string().min(1),
});

/** Where the desktop export went: the name of the file written (not its folder), and its rows. */
const savedFile = z.object({ saved: z.boolean(), fileName: z.string().nullable(), rows: z.number().int().min(0) });

const searchOnly = z.object({ search: z.string().trim().max(100, { error: 'recherche limitée à 100 caractères' }).optional() }).strict();

export function exportChannels<F extends z.ZodObject>(conventionFilters: F) {
  const conventions = conventionFilters.refine(
    (f: { endsFrom?: unknown; endsTo?: unknown }) => typeof f.endsFrom !== 'string' || typeof f.endsTo !== 'string' || f.endsFrom <= f.endsTo,
    { path: ['endsTo'], error: 'la date de fin « au » doit suivre la date « du »' },
  );
  const input = z.discriminatedUnion(
    'list',
    [
      z.object({ list: z.literal('conventions'), filters: conventions.optional() }).strict(),
      z.object({ list: z.literal('employers'), filters: searchOnly.optional() }).strict(),
      z.object({ list: z.literal('employees'), filters: searchOnly.optional() }).strict(),
      z.object({ list: z.literal('lots'), filters: z.object({}).strict().optional() }).strict(),
      z.object({ list: z.literal('aids'), filters: z.object({}).strict().optional() }).strict(),
      z.object({ list: z.literal('exemptions'), filters: z.object({}).strict().optional() }).strict(),
    ],
    { error: 'liste attendue : conventions, employers, employees, lots, aids ou exemptions' },
  );
  return {
    'exports.csv': { input, output: csvFile },
    /**
     * Desktop window only: the same file written by the main process, as it is
     * made, where the user chose in the system's « Enregistrer sous » box (the
     * page never names a path); `saved: false` when the box was cancelled.
     */
    'exports.csvToFile': { input, output: savedFile },
  } as const;
}
