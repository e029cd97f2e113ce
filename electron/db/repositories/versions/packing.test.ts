import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/index';
import { DOCUMENT_DICTIONARY_V1 } from './document-dictionary';
import Database from 'better-sqlite3-multiple-ciphers';
import { deflateDocumentText, documentPartId, EMPLOYER_PLACEHOLDER, packDocument, packDocumentWithPart, registerPackFunction, unpackDocument } from './packing';

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

  it('are the bytes zlib gives with its default output buffer, for a document packing to several of ours (over 1 KB)', () => {
    // Random letters do not compress: ~8 KB packed, eight of the 1 KB output buffers packing.ts uses.
    const random = Array.from({ length: 128 }, (_, i) => createHash('sha512').update(`note ${i}`).digest('base64')).join('');
    for (const text of [JSON.stringify(readExample('convention-cae')), JSON.stringify({ note: random })]) {
      const packed = packDocument(text);
      expect(packed.subarray(1)).toEqual(deflateRawSync(Buffer.from(text), { level: 6, dictionary: DOCUMENT_DICTIONARY_V1 }));
      expect(unpackDocument(packed)).toBe(text);
    }
    expect(packDocument(JSON.stringify({ note: random })).length).toBeGreaterThan(8 * 1024);
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
    expect(() => unpackDocument(Buffer.concat([Buffer.of(3), packed.subarray(1)]))).toThrow(/format 3 inconnu de cette version/);
    expect(() => unpackDocument(Buffer.alloc(0))).toThrow(/format vide inconnu/);
    // Damaged after the format byte: zlib's own error, never a wrong document.
    expect(() => unpackDocument(Buffer.concat([packed.subarray(0, 3), Buffer.from('abîmé')]))).toThrow();
  });

  it('name, in format 2, the employer block stored apart by its id, and give back the whole text with the block in its place', () => {
    const employer = JSON.stringify({ id: 7, name: 'Régie « Les Pentes »', siret: '12345678901234' });
    const whole = `{"schema":"cae.convention/1","employer":${employer},"employee":{"lastName":"PAYET"}}`;
    const body = whole.replace(`"employer":${employer}`, EMPLOYER_PLACEHOLDER);
    for (const id of [1, 127, 128, 16_383, 16_384, 2_097_152, 2 ** 40]) {
      const packed = packDocumentWithPart(body, id);
      expect(packed[0]).toBe(2);
      expect(documentPartId(packed)).toBe(id);
      const asked: number[] = [];
      expect(
        unpackDocument(packed, (part) => {
          asked.push(part);
          return employer;
        }),
      ).toBe(whole);
      expect(asked).toEqual([id]);
    }
    expect(documentPartId(packDocument(whole))).toBeNull();
    expect(() => packDocumentWithPart(body, 0)).toThrow(/Partie de document invalide/);
  });

  it('are the same bytes packed by the statement from the text or from the text deflated already (by the demo’s worker)', () => {
    const db = new Database(':memory:');
    registerPackFunction(db);
    const pack = db.prepare<[string | Buffer, Buffer | null, number | null], Buffer>('SELECT cae_pack_version_document(?, ?, ?)').pluck();
    const digest = Buffer.alloc(16, 7);
    for (const text of [JSON.stringify(readExample('convention-cae')), `{"schema":"cae.convention/1",${EMPLOYER_PLACEHOLDER},"note":"é 🌿"}`]) {
      const deflated = deflateDocumentText(text);
      expect(deflated.length).toBeLessThan(Buffer.byteLength(text));
      // Whole (no part), then with the part 300 (format 2).
      expect(pack.get(deflated, null, null)).toEqual(pack.get(text, null, null));
      expect(pack.get(deflated, null, null)).toEqual(packDocument(text));
      expect(pack.get(deflated, digest, 300)).toEqual(pack.get(text, digest, 300));
      expect(pack.get(deflated, digest, 300)).toEqual(packDocumentWithPart(text, 300));
    }
    db.close();
  });

  it('refuse, in French, a format-2 document without its block’s place, without a way to read its part, or with its part id cut short', () => {
    const noPlace = packDocumentWithPart('{"employer":{"id":1}}', 3);
    expect(() => unpackDocument(noPlace, () => '{}')).toThrow(/la place de son employeur manque/);
    const placed = packDocumentWithPart(`{${EMPLOYER_PLACEHOLDER}}`, 3);
    expect(() => unpackDocument(placed)).toThrow(/la place de son employeur manque/);
    expect(() => unpackDocument(Buffer.of(2, 0x80, 0x80), () => '{}')).toThrow(/numéro de sa partie est tronqué/);
  });

  it('keep the dictionary of format 1 byte for byte: every document stored with it is read with it', () => {
    expect(createHash('sha256').update(DOCUMENT_DICTIONARY_V1).digest('hex')).toBe('d2972f8b198b1c333793f12144f3bdfaedb73b99177f57c6b4ab1af05c2a3ee2');
  });
});
