import { CliUsageError } from './io';

/** A whole-number option within bounds, or a French usage error naming it. */
export function integerOption(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new CliUsageError(`${name} : nombre entier attendu, reçu « ${raw} ».`);
  const value = Number(raw);
  if (value < min || value > max) throw new CliUsageError(`${name} : valeur attendue entre ${min} et ${max}, reçu ${value}.`);
  return value;
}
