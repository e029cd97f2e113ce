import { CliUsageError } from './io';

/** A whole-number option within bounds, or a French usage error naming it. */
export function integerOption(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new CliUsageError(`${name} : nombre entier attendu, reçu « ${raw} ».`);
  const value = Number(raw);
  if (value < min || value > max) throw new CliUsageError(`${name} : valeur attendue entre ${min} et ${max}, reçu ${value}.`);
  return value;
}

/**
 * `--demo` alone (last, or before another option) means the agency demo, as
 * in `cae start --demo`: node:util parseArgs has no optional values.
 */
export function withDemoDefault(args: string[]): string[] {
  return args.flatMap((arg, i) => (arg === '--demo' && (i === args.length - 1 || args[i + 1]!.startsWith('-')) ? [arg, 'agence'] : [arg]));
}

/** node:util parseArgs speaks English; the user reads French. */
export function translateParseArgsError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Option inconnue : ${unknown[1]}.`;
  const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument (?:missing|is ambiguous)/.exec(message);
  if (missing) return `L'option ${missing[1]} attend une valeur.`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `Argument inattendu : « ${positional[1]} ».`;
  const noValue = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `L'option ${noValue[1]} ne prend pas de valeur.`;
  // Never the English message itself: the user reads French.
  return 'Arguments invalides : voyez l’usage ci-dessous.';
}
