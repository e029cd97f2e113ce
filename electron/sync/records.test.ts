import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { pendingRecords } from './records';
import { demoAgency, withDb } from '../../test/helpers/agency-workspace';

const tempDir = useTempDir('cae-records-');

describe('pending records (docs/exchange-format.md, « Lot sortant »)', () => {
  it('limited to some conventions, gives exactly their part of the whole workspace’s records, in the same order', () => {
    const file = demoAgency(tempDir());
    withDb(file, (db) => {
      const all = pendingRecords(db, 'agence').records;
      const ids = [...new Set(all.map((r) => r.conventionId))];
      expect(ids.length).toBeGreaterThan(3);
      const chosen = [ids[1]!, ids[3]!];
      const scoped = pendingRecords(db, 'agence', chosen).records;
      expect(scoped).toEqual(all.filter((r) => chosen.includes(r.conventionId)));
      expect(scoped.length).toBeGreaterThan(0);
      expect(pendingRecords(db, 'agence', []).records).toEqual([]);
    });
  });
});
