/**
 * Issue #15, section 3: a convention's texts refuse control characters (ANSI
 * escapes) and marks of text direction (bidi), which change what a printed or
 * exported convention says without being seen. One rule, in the schema every
 * convention passes (form, `cae check`, package import); tab and line breaks stay allowed.
 */
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/index';
import { validateConvention } from './parse';

const MESSAGE = 'caractère invisible refusé (caractère de contrôle ou de direction du texte) : retapez ce champ';

function withEmployee(lastName: string): unknown {
  const doc = structuredClone(readExample('convention-cae')) as { employee: Record<string, unknown> };
  doc.employee.lastName = lastName;
  return doc;
}

describe('convention texts: control and bidi characters refused, naming the field', () => {
  it.each([
    ['an ANSI escape', 'DUPONT\u001b[31m'],
    ['a right-to-left override', 'DU\u202ePONT'],
    ['a first-strong isolate', '\u2068DUPONT'],
    ['a NUL', 'DUPONT\u0000'],
    ['a C1 control', 'DUPONT\u0085'],
    ['a line separator', 'DU\u2028PONT'],
  ])('%s in the employee’s last name is refused', (_, lastName) => {
    const r = validateConvention(withEmployee(lastName));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(`Nom du salarié : ${MESSAGE}`);
  });

  it('accents, apostrophes, tabs and line breaks stay allowed', () => {
    expect(validateConvention(withEmployee('D’ARTAGNAN-ÉLOÏSE\tDE LA\nFONTAINE')).ok).toBe(true);
  });
});
