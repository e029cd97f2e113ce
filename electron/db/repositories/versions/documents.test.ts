import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { isValidNir, validateConvention } from '../../../../shared/rules/index';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { generateDemoWorkspace } from '../../../app/demo/generate';
import { conventionNir, documentJson, storedJson, versionDocument } from './documents';
import { packDocument } from './packing';

const tempDir = useTempDir();

describe('version documents', () => {
  it('store the NIR once, in employees, and get it back on reading', () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 40, seed: 5 });
    const db = new Database(file, { readonly: true });
    const nirs = db.prepare('SELECT nir FROM employees').pluck().all() as string[];
    const stored = db.prepare('SELECT convention_id AS id, document FROM convention_versions').all() as { id: number; document: Buffer }[];
    for (const v of stored) {
      for (const nir of nirs) expect(documentJson(db, v.document)).not.toContain(nir);
      const document = versionDocument(db, v.document, conventionNir(db, v.id));
      expect(validateConvention(document).ok).toBe(true);
      const employee = document.employee as { nir: string };
      expect(isValidNir(employee.nir)).toBe(true);
      expect(employee.nir).toBe(conventionNir(db, v.id));
    }
    db.close();
  });

  it('leave a document without NIR as it is', () => {
    const db = new Database(':memory:');
    const stored = packDocument(storedJson({ employee: { lastName: 'PAYET', nir: '275036912345661' }, measure: 'CAE_DOM' }));
    expect(JSON.parse(documentJson(db, stored))).toEqual({ employee: { lastName: 'PAYET' }, measure: 'CAE_DOM' });
    expect(versionDocument(db, stored, null)).toEqual({ employee: { lastName: 'PAYET' }, measure: 'CAE_DOM' });
    db.close();
  });
});
