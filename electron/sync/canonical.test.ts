import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, type Json } from '../../test/counterpart/respond';
import { canonicalJson, linesChecksum } from './canonical';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('canonical JSON of the exchange format (RFC 8785 for its values)', () => {
  it('writes any JSON value as the counterpart does from the format document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => canonicalJson(value) === canonical(value as Json)),
      { numRuns: 3000 },
    );
  });

  it('sorts keys by UTF-16 code units, integer-like keys included (no engine order)', () => {
    expect(canonicalJson({ b: 1, '10': 2, a: { '2': true, '': null }, '1': [] })).toBe('{"1":[],"10":2,"a":{"":null,"2":true},"b":1}');
    expect(canonicalJson({ é: 1, z: 2, Z: 3 })).toBe('{"Z":3,"z":2,"é":1}');
  });

  it('leaves out what JSON leaves out: undefined members dropped, undefined items written null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1], c: 'x' })).toBe('{"b":[null,1],"c":"x"}');
  });

  it('checksums the lines as the SHA-256 of their canonical array', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), (lines) => linesChecksum(lines) === sha256(canonical(lines as Json))),
      { numRuns: 1000 },
    );
    expect(linesChecksum([])).toBe(sha256('[]'));
  });
});
