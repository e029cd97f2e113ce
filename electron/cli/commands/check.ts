import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInputFile } from '../../sync/files';
import { checkConvention, hasErrors, parseConventionText } from '../../../shared/rules/index';
import { isIsoDate } from '../../../shared/rules/dates/day';
import { type CliIo, EXIT } from '../io';
import { translateParseArgsError } from '../options';
import { computedJson, computedText } from './format';
import { runCheckAll } from './check-all';

const USAGE =
  'Usage : cae check FICHIER [--json] [--today AAAA-MM-JJ]\n       cae check --all [--data-dir DIR] [--demo agence|employeur] [--json] [--today AAAA-MM-JJ]\n';

const OPTIONS = {
  json: { type: 'boolean' },
  today: { type: 'string' },
  all: { type: 'boolean' },
  'data-dir': { type: 'string' },
  demo: { type: 'string' },
} as const;

/**
 * `cae check FILE [--json]`: findings and computed figures of a `cae.convention/1` document;
 * `cae check --all`: every convention of a workspace (check-all.ts).
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`${translateParseArgsError(e instanceof Error ? e.message : String(e))}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const today = parsed.values.today;
  if (today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isIsoDate(today))) {
    io.stderr(`--today attend une date AAAA-MM-JJ (reçu « ${today} »).\n`);
    return EXIT.USAGE;
  }
  const { all, json, demo } = parsed.values;
  const dataDir = parsed.values['data-dir'];
  if (all) {
    if (parsed.positionals.length > 0) {
      io.stderr(`--all vérifie les conventions de l'espace de travail : n'indiquez pas de fichier.\n${USAGE}`);
      return EXIT.USAGE;
    }
    return runCheckAll({ dataDir, demo, json: json === true, today }, io);
  }
  if (dataDir !== undefined || demo !== undefined) {
    io.stderr(`--data-dir et --demo vont avec --all (toutes les conventions d'un espace de travail).\n${USAGE}`);
    return EXIT.USAGE;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    io.stderr(`Indiquez un seul fichier de convention.\n${USAGE}`);
    return EXIT.USAGE;
  }
  const full = path.resolve(io.cwd, file);
  // Read with bounds, as `cae import`: a regular file of 64 Mo at most (/dev/zero or a FIFO is refused, never read without end).
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
  if (json) {
    io.stdout(`${JSON.stringify({ ok, findings: result.findings, computed: computedJson(result.computed) }, null, 2)}\n`);
  } else {
    io.stdout(computedText(result));
  }
  return ok ? EXIT.OK : EXIT.REJECTED;
}
