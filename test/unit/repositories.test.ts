/**
 * The repositories are grouped by aggregate (electron/db/repositories):
 * every write of the versions table — INSERT INTO, UPDATE, DELETE FROM —
 * lives in repositories/versions/, so that what a version row can become is
 * read in one folder. Reads (and joins) of the table may stay elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const REPOSITORIES = path.join(ROOT, 'electron', 'db', 'repositories');
const VERSIONS_TABLE = 'convention_versions';

interface Source {
  /** Relative to electron/db/repositories, with `/`. */
  file: string;
  text: string;
}

/** The repository sources, tests left out. */
function repositorySources(dir = REPOSITORIES): Source[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return repositorySources(full);
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ file: path.relative(REPOSITORIES, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') }];
  });
}

/** A write of the versions table, whatever the case, spacing, conflict clause or quoting of its name. */
const VERSION_WRITE = new RegExp(
  String.raw`\b(?:(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:main\s*\.\s*)?["\x60\[]?${VERSIONS_TABLE}\b`,
  'gi',
);

/** `file: statement` for each write of the versions table; `outside` keeps those outside versions/ only. */
function versionWrites(sources: Source[], outside: boolean): string[] {
  return sources
    .filter((s) => !outside || !s.file.startsWith('versions/'))
    .flatMap((s) => [...s.text.matchAll(VERSION_WRITE)].map((m) => `${s.file}: ${m[0].replace(/\s+/g, ' ')}`));
}

describe('repositories grouped by aggregate', () => {
  it(`the versions table is ${VERSIONS_TABLE} (migrations)`, () => {
    const initial = fs.readFileSync(path.join(ROOT, 'electron', 'db', 'migrations', '0001-initial.sql'), 'utf8');
    expect(initial).toMatch(new RegExp(String.raw`CREATE TABLE ${VERSIONS_TABLE} \(`));
  });

  it('writes the versions table only in repositories/versions/', () => {
    const sources = repositorySources();
    expect(sources.length).toBeGreaterThan(20);
    expect(versionWrites(sources, true)).toEqual([]);
    // The scan sees the real writes: inserted, updated and deleted in versions/.
    const inVersions = versionWrites(sources, false).join('\n');
    expect(inVersions).toMatch(/^versions\/[\w-]+\.ts: INSERT INTO convention_versions$/m);
    expect(inVersions).toMatch(/^versions\/[\w-]+\.ts: UPDATE convention_versions$/m);
    expect(inVersions).toMatch(/^versions\/[\w-]+\.ts: DELETE FROM convention_versions$/m);
  });

  it.each([
    "prepared(db, 'INSERT INTO convention_versions (convention_id) VALUES (?)')",
    'prepared(db, `insert or replace into  "convention_versions" (id) VALUES (?)`)',
    "prepared(db, 'UPDATE convention_versions SET details = ? WHERE id = ?')",
    'prepared(db, `UPDATE\n    convention_versions SET kind = @kind`)',
    "prepared(db, 'DELETE FROM convention_versions WHERE convention_id = ?')",
    "prepared(db, 'delete from main.convention_versions')",
  ])('refuses outside versions/: %s', (text) => {
    expect(versionWrites([{ file: 'conventions/writes.ts', text }], true)).toHaveLength(1);
    expect(versionWrites([{ file: 'versions/writes.ts', text }], true)).toEqual([]);
  });

  it.each([
    "prepared(db, 'SELECT details FROM convention_versions WHERE id = ?')",
    "prepared(db, 'DELETE FROM warning_justifications WHERE version_id IN (SELECT id FROM convention_versions)')",
    'prepared(db, `INSERT INTO warning_justifications (version_id) VALUES (?) ON CONFLICT (version_id) DO UPDATE SET text = excluded.text`)',
    "prepared(db, 'UPDATE convention_versions_archive SET x = 1')",
  ])('allows outside versions/: %s', (text) => {
    expect(versionWrites([{ file: 'conventions/writes.ts', text }], true)).toEqual([]);
  });
});
