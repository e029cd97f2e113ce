import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { generateDemoWorkspace } from '../../../app/demo/generate';
import { inTransaction, openDatabase, type Db } from '../../connection';
import { splitDocument } from './document-parts';
import { documentJson, storedJson } from './documents';
import { documentPartId, packDocument, packDocumentWithPart } from './packing';
import { setVersionDocument } from './writes';

const tempDir = useTempDir();

function demo(conventions: number): Db {
  const file = path.join(tempDir(), `demo-${conventions}.sqlite`);
  generateDemoWorkspace({ file, role: 'agence', conventions, seed: 9 });
  return openDatabase(file);
}

const documents = (db: Db) => db.prepare('SELECT id, document FROM convention_versions ORDER BY id').all() as { id: number; document: Buffer }[];

describe('employer blocks of version documents stored once (migration 0029, issue #16)', () => {
  it('keep one block for every version that holds it, and give back each document whole', () => {
    const db = demo(60);
    const versions = documents(db);
    const blocks = new Set<string>();
    for (const v of versions) {
      expect(documentPartId(v.document)).not.toBeNull();
      const whole = documentJson(db, v.document);
      const employer = (JSON.parse(whole) as { employer: Record<string, unknown> }).employer;
      expect(employer.siret).toMatch(/^\d{14}$/);
      blocks.add(JSON.stringify(employer));
      // The text read is the text a write stores: split again, the same body and block.
      const split = splitDocument(JSON.parse(whole) as Record<string, unknown>, storedJson);
      expect(split.part).toBe(JSON.stringify(employer));
    }
    expect(blocks.size).toBeLessThan(versions.length);
    expect(db.prepare('SELECT count(*) FROM document_parts').pluck().get()).toBe(blocks.size);
    db.close();
  });

  it('write and hash a frozen block of plain values once for all its documents, any other block at each document', () => {
    const split = (employer: object, n: number) => splitDocument({ schema: 'cae.convention/1', employer, employee: { lastName: `NOM${n}` } }, storedJson);
    const frozen = Object.freeze({ name: 'Régie « Les Pentes »', siret: '12345678901234', insertionWorkshop: false });
    const [first, second] = [split(frozen, 1), split(frozen, 2)];
    expect(second.partDigest).toBe(first.partDigest);
    expect(second.json).not.toBe(first.json);
    // The same text and digest as a block written each time.
    const plain = split({ ...frozen }, 3);
    expect(plain.part).toBe(first.part);
    expect(plain.partDigest).toEqual(first.partDigest);
    expect(split({ ...frozen }, 4).partDigest).not.toBe(plain.partDigest);
    // Frozen but holding an object (which could change): written each time.
    const nested = Object.freeze({ name: 'Mairie', address: { city: 'Lyon' } });
    expect(split(nested, 5).partDigest).not.toBe(split(nested, 6).partDigest);
    expect(split(nested, 7).part).toBe('{"name":"Mairie","address":{"city":"Lyon"}}');
  });

  it('keep inside the document an employer that is not an object, or whose place would not be the only one', () => {
    const toJson = (d: Record<string, unknown>) => JSON.stringify(d);
    for (const document of [
      { measure: 'CAE' },
      { employer: null },
      { employer: ['x'] },
      { notes: { employer: 0 }, employer: { id: 1 } },
      { employer: { id: 1 }, x: { employer: 0 } },
    ]) {
      expect(splitDocument(document, toJson)).toEqual({ json: JSON.stringify(document), part: null, partDigest: null });
    }
    // A writer that leaves no place for the block (the placeholder absent from the text): kept inside too.
    expect(splitDocument({ employer: { id: 1 } }, (d) => JSON.stringify({ ...d, employer: undefined })).part).toBeNull();
    const split = splitDocument({ schema: 'cae.convention/1', employer: { id: 1, name: '"employer":0' }, measure: 'CAE' }, toJson);
    expect(split.json).toBe('{"schema":"cae.convention/1","employer":0,"measure":"CAE"}');
    expect(split.part).toBe('{"id":1,"name":"\\"employer\\":0"}');
    expect(split.partDigest).toHaveLength(16);
  });

  it('stores a rewritten document with its block apart too, a new block as a new part, the same block once', () => {
    const db = demo(20);
    const [first, second] = documents(db);
    const parts = () => db.prepare('SELECT count(*) FROM document_parts').pluck().get() as number;
    const before = parts();
    const changed = JSON.parse(documentJson(db, first!.document)) as { employer: Record<string, unknown> };
    changed.employer = { ...changed.employer, address: '1 rue Neuve, 69001 Lyon' };
    inTransaction(db, () => setVersionDocument(db, first!.id, changed));
    inTransaction(db, () => setVersionDocument(db, second!.id, changed));
    expect(parts()).toBe(before + 1);
    for (const id of [first!.id, second!.id]) {
      const stored = db.prepare('SELECT document FROM convention_versions WHERE id = ?').pluck().get(id) as Buffer;
      expect(documentPartId(stored)).toBe(db.prepare('SELECT max(id) FROM document_parts').pluck().get());
      expect(JSON.parse(documentJson(db, stored))).toEqual(changed);
    }
    db.close();
  });

  it('never reads a block by an id a rolled-back write gave it, once another block has that id', () => {
    const db = demo(20);
    const [first] = documents(db);
    const original = JSON.parse(documentJson(db, first!.document)) as { employer: Record<string, unknown> };
    const withName = (name: string) => ({ ...original, employer: { ...original.employer, name } });
    const read = () =>
      JSON.parse(documentJson(db, db.prepare('SELECT document FROM convention_versions WHERE id = ?').pluck().get(first!.id) as Buffer)) as typeof original;
    expect(() =>
      inTransaction(db, () => {
        setVersionDocument(db, first!.id, withName('Rendue'));
        expect(read().employer.name).toBe('Rendue');
        throw new Error('annulée');
      }),
    ).toThrow('annulée');
    // Read again inside the next transaction (the check of a whole workspace reads in one), then after it.
    inTransaction(db, () => {
      setVersionDocument(db, first!.id, withName('Gardée'));
      expect(read().employer.name).toBe('Gardée');
    });
    expect(read().employer.name).toBe('Gardée');
    db.close();
  });

  it('refuses, in French, a document naming a block that is not stored', () => {
    const db = demo(5);
    const missing = packDocumentWithPart('{"employer":0}', 999_999);
    expect(() => documentJson(db, missing)).toThrow(/sa partie 999999 \(son employeur\) manque/);
    expect(JSON.parse(documentJson(db, packDocument('{"employer":{"id":1}}')))).toEqual({ employer: { id: 1 } });
    db.close();
  });
});
