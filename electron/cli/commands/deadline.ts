import { parseArgs } from 'node:util';
import { computeDeadline, DEADLINE_KINDS, type DeadlineKind, isValidDepartment, tryParseDay } from '../../../shared/rules/index';
import { formatDateFr } from '../../../shared/format/date';
import { type CliIo, EXIT } from '../io';
import { translateParseArgsError } from '../options';

const USAGE = `Usage : cae deadline TYPE N DATE [--department DDD] [--json]
  TYPE : ${DEADLINE_KINDS.join(', ')} ; N : nombre entier ; DATE : AAAA-MM-JJ
`;

/** `cae deadline KIND N FROM [--department DDD] [--json]`: a deadline counted the French way. */
export async function runDeadline(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' }, department: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`${translateParseArgsError(e instanceof Error ? e.message : String(e))}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const [kind, n, from, ...rest] = parsed.positionals;
  const fail = (msg: string) => {
    io.stderr(`${msg}\n${USAGE}`);
    return EXIT.USAGE;
  };
  if (kind === undefined || n === undefined || from === undefined || rest.length > 0)
    return fail('Trois arguments attendus : le type de délai, le nombre et la date de départ.');
  if (!(DEADLINE_KINDS as readonly string[]).includes(kind)) return fail(`Type de délai inconnu « ${kind} » : choisissez ${DEADLINE_KINDS.join(', ')}.`);
  if (!/^\d{1,4}$/.test(n)) return fail(`Le nombre « ${n} » doit être un entier positif (0 à 9999).`);
  if (tryParseDay(from) === undefined) return fail(`La date « ${from} » n’est pas une date AAAA-MM-JJ qui existe.`);
  const department = parsed.values.department;
  if (department !== undefined && !isValidDepartment(department)) return fail(`Département inconnu « ${department} » : 01 à 95, 2A, 2B ou 971 à 976.`);
  const result = computeDeadline(kind as DeadlineKind, Number(n), from, department);
  io.stdout(parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatDateFr(result.deadline)}\n`);
  return EXIT.OK;
}
