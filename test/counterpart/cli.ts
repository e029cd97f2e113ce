/**
 * `npm run counterpart -- LOT_FILE --out DIR [--sequence N] [--state FILE]`:
 * answers a lot as the payment organisation would. With --state, the
 * conventions it has accepted are remembered in FILE (a JSON array of
 * numbers) from one lot to the next, and lines for unknown ones are rejected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerLot } from './respond';

const USAGE = 'Usage : npm run counterpart -- LOT_FILE --out DIR [--sequence N] [--state FICHIER]\n';

function fail(message: string, code: number): never {
  process.stderr.write(message);
  process.exit(code);
}

function readState(file: string | undefined): Set<string> | null {
  if (!file) return null;
  if (!fs.existsSync(file)) return new Set();
  const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(value) || !value.every((n) => typeof n === 'string')) fail(`État illisible : ${file} doit contenir un tableau JSON de numéros.\n`, 2);
  return new Set(value);
}

let parsed;
try {
  parsed = parseArgs({ options: { out: { type: 'string' }, sequence: { type: 'string' }, state: { type: 'string' } }, allowPositionals: true });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
const [lotFile] = positionals;
if (positionals.length !== 1 || !lotFile || !values.out) fail(USAGE, 2);
const sequence = Number(values.sequence ?? 1);
if (!Number.isInteger(sequence) || sequence < 1) fail(`--sequence attend un entier positif.\n${USAGE}`, 2);
const epoch = process.env.SOURCE_DATE_EPOCH;
const createdAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
const known = readState(values.state);
let answer;
try {
  answer = answerLot(fs.readFileSync(lotFile, 'utf8'), createdAt, sequence, known);
} catch (e) {
  fail(`Lot refusé : ${e instanceof Error ? e.message : String(e)}\n`, 1);
}
fs.mkdirSync(values.out, { recursive: true });
fs.writeFileSync(path.join(values.out, answer.fileName), answer.text);
if (values.state && known) fs.writeFileSync(values.state, `${JSON.stringify([...known].sort(), null, 2)}\n`);
process.stdout.write(`${path.join(values.out, answer.fileName)}\n`);
