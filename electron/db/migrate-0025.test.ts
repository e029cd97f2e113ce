import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { searchIndexWords, writeThroughEverySearchTrigger } from '../../test/helpers/schema';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import { listConventions } from './repositories/conventions/list';

const tempDir = useTempDir();

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  return db;
}

/** Each word of the index once for each convention holding it, wherever it is: what an index without positions keeps. */
const wordsByConvention = (db: Database.Database) => [...new Set(searchIndexWords(db).map((word) => JSON.stringify((word as unknown[]).slice(0, 2))))].sort();

const indexBytes = (db: Database.Database) =>
  db.prepare("SELECT sum(pgsize) FROM dbstat WHERE aggregate = 1 AND name = 'convention_search_data'").pluck().get() as number;

/** Searches of the list typed every way: names, their beginnings, two words, a hyphenated name, a SIRET, a number's parts. */
function searches(db: Database.Database): string[] {
  const { last_name: lastName, first_names: firstNames } = db.prepare('SELECT last_name, first_names FROM employees ORDER BY id LIMIT 1').get() as {
    last_name: string;
    first_names: string;
  };
  const siret = db.prepare('SELECT siret FROM employers ORDER BY id LIMIT 1').pluck().get() as string;
  const number = db.prepare('SELECT number FROM conventions ORDER BY id DESC LIMIT 1').pluck().get() as string;
  return [
    lastName,
    lastName.slice(0, 2),
    lastName.slice(0, 3).toLowerCase(),
    `${firstNames} ${lastName}`,
    `${lastName}-${firstNames.slice(0, 2)}`,
    siret,
    number.split('-')[2]!,
    'association',
    'zz',
  ];
}

describe('0025-search-without-positions, on a database at version 24 holding an agency demo', () => {
  it('keeps the same words for the same conventions in an index without positions, smaller, and the list finds the same conventions (issue #16)', () => {
    const file = path.join(tempDir(), 'v24.sqlite');
    generateDemoAtVersion({ file, role: 'agence', conventions: 60, seed: 11 }, 24);
    fs.copyFileSync(file, path.join(tempDir(), 'v25.sqlite'));
    const old = open(file);
    const upgraded = open(path.join(tempDir(), 'v25.sqlite'));
    const found = (db: Database.Database) => searches(old).map((search) => listConventions(db, { search, limit: 100, offset: 0 }).items.map((c) => c.id));
    const before = wordsByConvention(old);
    expect(before.length).toBeGreaterThan(60 * 4);
    expect(searchIndexWords(old).every((word) => (word as unknown[])[3] !== null)).toBe(true);

    expect(migrate(upgraded, loadMigrations(), 25)).toEqual([25]);
    expect(schemaVersion(upgraded)).toBe(25);
    expect(wordsByConvention(upgraded)).toEqual(before);
    expect(searchIndexWords(upgraded).every((word) => (word as unknown[])[2] === null && (word as unknown[])[3] === null)).toBe(true);
    expect(indexBytes(upgraded)).toBeLessThan(indexBytes(old));
    const foundBefore = found(old);
    expect(foundBefore.filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(7);
    expect(found(upgraded)).toEqual(foundBefore);

    // The triggers of 0024, unchanged, write the same entries into the new index.
    writeThroughEverySearchTrigger(old);
    writeThroughEverySearchTrigger(upgraded);
    const after = wordsByConvention(old);
    expect(after).not.toEqual(before);
    expect(wordsByConvention(upgraded)).toEqual(after);
    expect(found(upgraded)).toEqual(found(old));
    for (const search of ['zéphyrin aubrac', 'tilleuls', '73282932000074', '99998'])
      expect(listConventions(upgraded, { search, limit: 100, offset: 0 }).total).toBe(listConventions(old, { search, limit: 100, offset: 0 }).total);
    const ofRenamedEmployer = upgraded
      .prepare("SELECT id FROM conventions WHERE employer_id = (SELECT id FROM employers WHERE siret = '73282932000074') ORDER BY id")
      .pluck()
      .all();
    expect(ofRenamedEmployer.length).toBeGreaterThan(1);
    expect(
      listConventions(upgraded, { search: 'tilleuls', limit: 100, offset: 0, sort: { by: 'number', dir: 'asc' } })
        .items.map((c) => c.id)
        .sort((a, b) => a - b),
    ).toEqual(ofRenamedEmployer);
    old.close();
    upgraded.close();
  });
});
