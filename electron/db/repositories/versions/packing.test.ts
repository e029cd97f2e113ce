import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/index';
import { DOCUMENT_DICTIONARY_V1 } from './document-dictionary';
import { packDocument, unpackDocument } from './packing';

describe('packed version documents (issue #16)', () => {
  it('give back the very JSON text they were made of, whatever it holds (accents, emoji, an empty object)', () => {
    for (const text of [
      JSON.stringify(readExample('convention-cae')),
      JSON.stringify(readExample('convention-cae-dom')),
      '{}',
      JSON.stringify({ employer: { name: 'Régie de quartier « Les Pentes » 🌿' }, note: 'x'.repeat(100_000) }),
    ]) {
      const packed = packDocument(text);
      expect(packed[0]).toBe(1);
      expect(unpackDocument(packed)).toBe(text);
    }
  });

  it('keep an example convention in under a third of its JSON, where deflate without the dictionary needs over half', () => {
    for (const name of ['convention-cae', 'convention-cae-dom'] as const) {
      const text = JSON.stringify(readExample(name));
      const plain = deflateRawSync(Buffer.from(text)).length;
      expect(packDocument(text).length).toBeLessThan(text.length / 3);
      expect(plain).toBeGreaterThan(text.length / 2);
    }
  });

  it('refuse, in French, bytes of a format this version does not know (a newer app’s, or damaged), instead of guessing', () => {
    const packed = packDocument('{"measure":"CAE"}');
    expect(() => unpackDocument(Buffer.concat([Buffer.of(2), packed.subarray(1)]))).toThrow(/format 2 inconnu de cette version/);
    expect(() => unpackDocument(Buffer.alloc(0))).toThrow(/format vide inconnu/);
    // Damaged after the format byte: zlib's own error, never a wrong document.
    expect(() => unpackDocument(Buffer.concat([packed.subarray(0, 3), Buffer.from('abîmé')]))).toThrow();
  });

  it('keep the dictionary of format 1 byte for byte: every document stored with it is read with it', () => {
    expect(createHash('sha256').update(DOCUMENT_DICTIONARY_V1).digest('hex')).toBe('d2972f8b198b1c333793f12144f3bdfaedb73b99177f57c6b4ab1af05c2a3ee2');
  });
});
