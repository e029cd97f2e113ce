/**
 * The project stands alone: whoever clones it has nothing beside it. No file
 * of it (code, comments, docs, configuration) may name the reading material
 * kept beside the repository while developing, nor a path of the machine it
 * was written on. What the tests and the legal references need is inside:
 * test/fixtures/ and docs/sources/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMIC_HOURLY_CENTS } from '../../shared/rules/parameters/smic';
import { SOURCES } from '../../shared/rules/parameters/sources';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'out', 'dist', 'native', 'test-results', 'coverage']);
const BINARY = /\.(png|ico|icns|jpg|jpeg|gif|ttf|otf|woff2?|pdf|sqlite|zip|gz|br)$/i;

function projectFiles(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : projectFiles(full);
    return entry.isFile() && !BINARY.test(entry.name) ? [full] : [];
  });
}

/** The folder beside the project, by a relative path or a path.join of its parts. */
const BESIDE = [/(?:\.\.\/)+shared\/(?:seeds|examples|reference|hooks)\b/, /['"]\.\.['"],\s*['"]shared['"]/];

/** The clone's own folder, the folder it sits in and the user's home; not shared system folders such as /tmp. */
function machinePaths(): string[] {
  const parent = path.dirname(ROOT);
  const home = os.homedir();
  const shared = new Set(['/', path.resolve(os.tmpdir()), '/tmp', '/var/tmp', '/usr', '/opt', '/srv']);
  return [`${ROOT}/`, ...(shared.has(parent) ? [] : [`${parent}/`]), ...(home && !shared.has(home) ? [`${home}/`] : [])];
}

describe('the project stands alone', () => {
  it('no file names ../shared or a path of this machine', () => {
    const files = projectFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const relative = path.relative(ROOT, file);
      for (const pattern of BESIDE) if (pattern.test(text)) offenders.push(`${relative} : ${pattern.exec(text)![0]}`);
      for (const place of machinePaths()) if (text.includes(place)) offenders.push(`${relative} : ${place}`);
    }
    expect(offenders).toEqual([]);
  });

  it('every legal text the rules cite is in docs/sources, with its index', () => {
    const index = fs.readFileSync(path.join(ROOT, 'docs', 'sources', 'README.md'), 'utf8');
    for (const file of Object.values(SOURCES)) {
      expect(fs.statSync(path.join(ROOT, 'docs', 'sources', file)).size, file).toBeGreaterThan(1000);
      expect(index, file).toContain(file);
    }
    expect(fs.existsSync(path.join(ROOT, 'docs', 'sources', 'reference', 'smic-horaire-brut.csv'))).toBe(true);
  });

  it('the SMIC parameter is the table of docs/sources/reference, row for row', () => {
    const csv = fs.readFileSync(path.join(ROOT, 'docs', 'sources', 'reference', 'smic-horaire-brut.csv'), 'utf8');
    const rows = csv
      .split('\n')
      .filter((line) => /^\d{4}-\d{2}-\d{2};/.test(line))
      .map((line) => {
        const [from, euros] = line.split(';');
        return { from, value: Math.round(Number(euros) * 100) };
      });
    expect(rows.length).toBeGreaterThan(5);
    expect(SMIC_HOURLY_CENTS.values.map(({ from, value }) => ({ from, value }))).toEqual(rows);
  });
});
