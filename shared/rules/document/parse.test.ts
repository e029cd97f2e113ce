import { describe, expect, it } from 'vitest';
import { parseConventionText } from './parse';

describe('cae.convention/1 parser', () => {
  it('accepts a minimal draft and extra fields', () => {
    const r = parseConventionText('{"schema":"cae.convention/1","measure":"CAE","somethingElse":1}');
    expect(r.ok).toBe(true);
  });
  it('gives the JSON error position in French', () => {
    const r = parseConventionText('{\n  "schema": "cae.convention/1",\n  "measure": CAE\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/JSON invalide à la ligne 3, colonne \d+/);
  });
  it('names the failing field path in French', () => {
    const r = parseConventionText(JSON.stringify({ schema: 'cae.convention/1', employee: { birthDate: '1975-02-30' }, events: [{ kind: 'PAUSE' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('employee.birthDate : date attendue au format AAAA-MM-JJ (une date qui existe au calendrier)');
      expect(r.errors.some((e) => e.startsWith('events[0].kind : événement attendu'))).toBe(true);
    }
  });
  it('refuses another schema, money with 3 decimals and a non-object', () => {
    expect(parseConventionText('{"schema":"autre"}').ok).toBe(false);
    const money = parseConventionText('{"schema":"cae.convention/1","contract":{"monthlyGross":"800.001"}}');
    expect(money.ok ? [] : money.errors).toEqual(['contract.monthlyGross : montant attendu en euros avec au plus 2 décimales (ex. "760.00")']);
    expect(parseConventionText('[1,2]').ok).toBe(false);
  });
});
