import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConvention, validateConvention, weeklyHoursOn, type ConventionDocument } from '../../../shared/rules/index';
import { DEMO_REFERENCE_DATE, generateDemoWorkspace } from './generate';
import { documentJson, versionDocument } from '../../db/repositories/versions/documents';

let dir: string;
let db: Database.Database;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-demo-docs-'));
  const file = path.join(dir, 'demo.sqlite');
  generateDemoWorkspace({ file, role: 'agence', conventions: 150, seed: 4 });
  db = new Database(file, { readonly: true });
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Row {
  document: Buffer;
  signed_on: string | null;
  status: string;
  nir: string;
  siret: string;
  starts_on: string;
  avenant_index: number;
  last: number;
  events: number;
}

describe('demo documents', () => {
  it('stores in each version a full, valid cae.convention/1 document matching its indexed columns', () => {
    const rows = db
      .prepare(
        `SELECT v.document, v.signed_on, c.status, ee.nir, er.siret, v.starts_on, v.avenant_index,
                (SELECT max(avenant_index) FROM convention_versions x WHERE x.convention_id = c.id) AS last,
                (SELECT count(*) FROM contract_events e WHERE e.convention_id = c.id) AS events
         FROM convention_versions v JOIN conventions c ON c.id = v.convention_id
         JOIN employees ee ON ee.id = c.employee_id JOIN employers er ON er.id = v.employer_id`,
      )
      .all() as Row[];
    expect(rows.length).toBeGreaterThan(150);
    for (const r of rows) {
      // The NIR is stored once, in employees: the version document gets it back on reading.
      expect(documentJson(db, r.document)).not.toContain(r.nir);
      const parsed = validateConvention(versionDocument(db, r.document, r.nir));
      if (!parsed.ok) throw new Error(parsed.errors.join(' ; '));
      const doc: ConventionDocument = parsed.document;
      expect(doc.employee?.nir).toBe(r.nir);
      expect(doc.employer?.siret).toBe(r.siret);
      // The document holds the hours (migration 0006): a demo renewal keeps the contract's.
      expect(weeklyHoursOn(doc, r.starts_on)).toBe(doc.contract?.weeklyHours);
      if (r.avenant_index === 0) expect(doc.signedOn ?? null).toBe(r.signed_on);
      if (r.avenant_index === r.last) expect(doc.events ?? []).toHaveLength(r.events);
      // A signed convention passes the rules without error; a draft may still lack its signature date.
      const errors = checkConvention(doc, { today: DEMO_REFERENCE_DATE }).findings.filter((f) => f.severity === 'error');
      if (r.signed_on !== null) expect(errors).toEqual([]);
      else expect(errors.map((f) => f.field)).toEqual(['signedOn']);
    }
  });
});
