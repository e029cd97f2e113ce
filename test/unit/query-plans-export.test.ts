import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';
import { captureStatements, fullScans, queryPlan } from '../helpers/query-plans';
import { openDatabase } from '../../electron/db/connection';
import { generateDemoWorkspace } from '../../electron/app/demo/generate';
import { writeListCsv } from '../../electron/exports/index';

const tempDir = useTempDir();

describe('query plans of the conventions export (issue #16)', () => {
  it('reads every statement of an export, whole or filtered, through an index: no full scan of a big table', () => {
    const file = path.join(tempDir(), 'cae.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 400, seed: 3 });
    const db = openDatabase(file);
    let lines = 0;
    const statements = captureStatements(db, () => {
      // The whole list (its amounts read beforehand, in one pass), and a few of it (their amounts looked up row by row).
      for (const filters of [{}, { status: 'en_cours' as const }, { department: '974' }, { search: 'martin' }])
        writeListCsv(db, { list: 'conventions', filters }, '2009-06-15', (chunk) => (lines += chunk.split('\r\n').length - 1));
    });
    expect(lines).toBeGreaterThan(400);
    expect(statements.some((sql) => sql.includes('INDEXED BY convention_versions_amounts'))).toBe(true);
    expect(statements.some((sql) => sql.includes('LEFT JOIN convention_versions v'))).toBe(true);
    for (const sql of statements) expect({ sql, scans: fullScans(db, sql) }).toEqual({ sql, scans: [] });
    const amounts = statements.find((sql) => sql.includes('INDEXED BY convention_versions_amounts'))!;
    expect(queryPlan(db, amounts).map((l) => l.detail)).toEqual(['SCAN convention_versions USING COVERING INDEX convention_versions_amounts']);
    db.close();
  });
});
