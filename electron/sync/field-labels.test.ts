import { describe, expect, it } from 'vitest';
import { EXCHANGE_FIELD_LABELS, exchangeFieldLabel } from './field-labels';
import { parseExchangeFile } from './parse';
import { EXCHANGE_FORMAT, SCHEMA_VERSION, SCHEMAS } from './schemas';

/** Every key of an exchange file's schema, the convention document inside a package excepted (named by the rules' table). */
function keysOf(schema: unknown, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!schema || seen.has(schema)) return found;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return found;
  for (const [key, value] of Object.entries((def.shape as Record<string, unknown> | undefined) ?? {})) {
    found.add(key);
    if (key !== 'document') keysOf(value, found, seen);
  }
  for (const inner of ['innerType', 'element', 'in', 'out']) keysOf(def[inner], found, seen);
  for (const option of (def.options as unknown[] | undefined) ?? []) keysOf(option, found, seen);
  return found;
}

const returnFile = (line: Record<string, unknown>) =>
  new TextEncoder().encode(
    JSON.stringify({
      header: {
        format: EXCHANGE_FORMAT,
        schemaVersion: SCHEMA_VERSION,
        kind: 'return-file',
        emitter: 'CNASEA',
        recipient: '69012',
        sequence: 1,
        createdAt: '2008-06-20T09:00:00Z',
        recordCount: 1,
        sha256: '0'.repeat(64),
        answers: null,
      },
      lines: [line],
    }),
  );

describe('exchange files name their fields in French (issue #17: no internal name in a message)', () => {
  it('has a French label for every field of a lot, a return file and a convention package', () => {
    const keys = [...Object.values(SCHEMAS).reduce((all, schema) => keysOf(schema, all), new Set<string>())].sort();
    expect(keys.length).toBeGreaterThan(80);
    expect(keys.filter((key) => EXCHANGE_FIELD_LABELS[key] === undefined)).toEqual([]);
  });

  it('a refused return file says « date du paiement », not « paidOn »', () => {
    const parsed = parseExchangeFile(
      returnFile({
        lineNo: 1,
        record: 'PAYMENT',
        conventionNumber: '069-0608-69012-00001',
        periodStart: '2008-06-09',
        periodEnd: '2008-06-30',
        amountCents: 100,
        paidOn: '15/07/2008',
      }),
    );
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.join('\n')).toMatch(/^ligne 1, champ « date du paiement » : /m);
    expect(errors.join('\n')).not.toMatch(/paidOn/);
  });

  it('names a field of the convention inside a package by the rules’ label', () => {
    expect(exchangeFieldLabel(['lines', 0, 'versions', 0, 'document', 'contract', 'hiredOn'])).toBe('champ « Date d’embauche » de la convention');
    expect(exchangeFieldLabel(['header', 'sequence'])).toBe('champ « numéro de fichier »');
  });
});
