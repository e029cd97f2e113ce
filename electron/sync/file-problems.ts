/**
 * Everything that refuses an exchange file before the database is read, in
 * the order an import reports it: the file itself (parse.ts: encoding, JSON,
 * schema, texts, numbering, checksum), then its implausible dates and amounts
 * (plausibility.ts). Empty when the file may be planned.
 */
import { parseExchangeFile } from './parse';
import { implausible } from './plausibility';

export function fileProblems(bytes: Uint8Array, now: string): string[] {
  const parsed = parseExchangeFile(bytes);
  return parsed.ok ? implausible(parsed.file, now) : parsed.errors;
}
