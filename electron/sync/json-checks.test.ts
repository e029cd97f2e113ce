import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, mayHaveStructureProblem, structureProblem, textProblemsOf } from './json-checks';

const suspect = (text: string) => mayHaveStructureProblem(text, JSON.parse(text));
const nested = (depth: number) => `${'['.repeat(depth - 1)}{"a":1}${']'.repeat(depth - 1)}`;

describe('the quick structure check of an exchange file, before the full scan', () => {
  it('never suspects a JSON text without duplicate keys, whatever its strings hold (colons, quotes, escapes)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        return !suspect(text) && structureProblem(text) === null;
      }),
      { numRuns: 2000 },
    );
    expect(suspect('{"a:b": "c:d", "e\\":": {"f": "\\":"}}')).toBe(false);
  });

  it('suspects every duplicate key, at any depth, and the full scan then says which and where', () => {
    for (const text of ['{"a": 1, "a": 2}', '{"lines": [{"x": 1}, {"code": "A", "code": "B"}]}', '{"h": {"k": {"z": 1, "z": 1}}}']) {
      expect(suspect(text)).toBe(true);
      expect(structureProblem(text)).toMatchObject({ kind: 'duplicate' });
    }
  });

  it(`suspects nesting deeper than ${MAX_JSON_DEPTH} levels, not ${MAX_JSON_DEPTH} itself`, () => {
    expect(suspect(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(suspect(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(structureProblem(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ kind: 'depth' });
  });
});

describe('texts refused in a document, with where they are', () => {
  const doc = { header: { label: 'ok' }, lines: [{ label: 'a\u001bb' }, { label: 'fine', items: ['x', 'y\u202ez'] }] };

  it('names each refused text by its path, in document order', () => {
    expect(textProblemsOf(doc, false, 20)).toEqual([
      { path: ['lines', 0, 'label'], problem: 'caractère de contrôle U+001B interdit dans un texte' },
      { path: ['lines', 1, 'items', 1], problem: expect.stringMatching(/^caractère de direction du texte U\+202E interdit/) },
    ]);
  });

  it('stops at the limit, and allows line breaks only in multiline texts', () => {
    expect(textProblemsOf(doc, false, 1)).toHaveLength(1);
    expect(textProblemsOf({ note: 'deux\nlignes\tici' }, true, 20)).toEqual([]);
    expect(textProblemsOf({ note: 'deux\nlignes' }, false, 20)).toEqual([{ path: ['note'], problem: 'caractère de contrôle U+000A interdit dans un texte' }]);
  });
});
