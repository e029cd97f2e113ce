import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInputFile } from '../../sync/files';
import { checkConvention, hasErrors, parseConventionText } from '../../../shared/rules/index';
import { type CliIo, EXIT } from '../io';
import { translateParseArgsError } from '../options';
import { computedJson, computedText } from './format';

const USAGE = 'Usage : cae check FICHIER [--json]\n';

/** `cae check FILE [--json]`: findings and computed figures of a `cae.convention/1` document. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' }, today: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`${translateParseArgsError(e instanceof Error ? e.message : String(e))}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    io.stderr(`Indiquez un seul fichier de convention.\n${USAGE}`);
    return EXIT.USAGE;
  }
  const today = parsed.values.today;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    io.stderr(`--today attend une date AAAA-MM-JJ (reçu « ${today} »).\n`);
    return EXIT.USAGE;
  }
  const full = path.resolve(io.cwd, file);
  // Read with bounds, as `cae import`: a regular file of 20 Mo at most (/dev/zero or a FIFO is refused, never read without end).
  const read = readInputFile(full);
  if ('error' in read) {
    io.stderr(`Impossible de lire ${full} : ${read.error}.\n`);
    return EXIT.USAGE;
  }
  const text = Buffer.from(read.bytes).toString('utf8');
  const doc = parseConventionText(text);
  if (!doc.ok) {
    io.stderr(`${full} n’est pas une convention « cae.convention/1 » valide :\n${doc.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return EXIT.USAGE;
  }
  const result = checkConvention(doc.document, today !== undefined ? { today } : {});
  const ok = !hasErrors(result.findings);
  if (parsed.values.json) {
    io.stdout(`${JSON.stringify({ ok, findings: result.findings, computed: computedJson(result.computed) }, null, 2)}\n`);
  } else {
    io.stdout(computedText(result));
  }
  return ok ? EXIT.OK : EXIT.REJECTED;
}
