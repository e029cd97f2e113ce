/** `npm run counterpart -- LOT_FILE --out DIR [--sequence N]`: answers a lot as the payment organisation would. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerLot } from './respond';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, sequence: { type: 'string' } }, allowPositionals: true });
const [lotFile] = positionals;
if (!lotFile || !values.out) {
  process.stderr.write('Usage : npm run counterpart -- LOT_FILE --out DIR [--sequence N]\n');
  process.exit(2);
}
const epoch = process.env.SOURCE_DATE_EPOCH;
const createdAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
try {
  const answer = answerLot(fs.readFileSync(lotFile, 'utf8'), createdAt, Number(values.sequence ?? 1));
  fs.mkdirSync(values.out, { recursive: true });
  fs.writeFileSync(path.join(values.out, answer.fileName), answer.text);
  process.stdout.write(`${path.join(values.out, answer.fileName)}\n`);
} catch (e) {
  process.stderr.write(`Lot refusé : ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
