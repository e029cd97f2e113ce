import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoWorkspace } from '../app/demo/generate';
import { openDatabase } from '../db/connection';
import { listConventions } from '../db/repositories/conventions/list';
import { csvFileName, exportCsv, listCsv } from './index';

const tempDir = useTempDir('cae-exports-');

function lines(bytes: Buffer): string[] {
  return bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
}

describe('list exports', () => {
  it('exports every matching convention, past the page size, with the list filters and sort', { timeout: 60_000 }, () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 1_100, seed: 5 });
    const db = openDatabase(file);
    try {
      const all = listCsv(db, { list: 'conventions' }, '2026-11-25');
      expect(all.rows).toBe(1_100);
      expect(lines(all.bytes)).toHaveLength(1_101);
      const filters = { measure: 'CAE', sort: { by: 'number', dir: 'desc' } } as const;
      const expected = listConventions(db, { ...filters, limit: 5_000, offset: 0 });
      const some = listCsv(db, { list: 'conventions', filters }, '2026-11-25');
      expect(some.rows).toBe(expected.total);
      expect(some.rows).toBeLessThan(1_100);
      expect(
        lines(some.bytes)
          .slice(1)
          .map((l) => l.split(';')[0]),
      ).toEqual(expected.items.map((c) => c.number));
      const { fileName, base64 } = exportCsv(db, { list: 'employees', filters: { search: 'zzzz-personne' } }, '2026-11-25', '2026-11-25');
      expect(fileName).toBe('salaries-2026-11-25.csv');
      expect(lines(Buffer.from(base64, 'base64'))).toEqual(['Nom et prénoms;NIR (masqué);Date de naissance;Conventions']);
    } finally {
      db.close();
    }
  });

  it('names the files in French with the day of the export', () => {
    expect(csvFileName('conventions', '2026-11-25')).toBe('conventions-2026-11-25.csv');
    expect(csvFileName('employers', '2026-11-25')).toBe('employeurs-2026-11-25.csv');
    expect(csvFileName('lots', '2026-11-25')).toBe('echanges-2026-11-25.csv');
    expect(csvFileName('aids', '2026-11-25')).toBe('aides-2026-11-25.csv');
    expect(csvFileName('exemptions', '2026-11-25')).toBe('assiettes-2026-11-25.csv');
  });
});
