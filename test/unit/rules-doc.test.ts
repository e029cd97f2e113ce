/**
 * docs/rules.md lists every rule of shared/rules/ with its source and the
 * tests that prove it, so a reviewer can check coverage rule by rule (issue
 * #13). This keeps it so: every finding code of the rules package has a row
 * of the table naming it in backticks, every row names at least one test
 * file, every test file the table names exists, and every test name it
 * quotes is in that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../shared/rules/checks/finding';
import { ACTIVITY_FINDING_CODES } from '../../shared/rules/compute/activity';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RULES_DOC = path.join(ROOT, 'docs', 'rules.md');

/** The rows of the table « règle | article source | test », each as its three cells. */
function tableRows(): string[][] {
  const lines = fs.readFileSync(RULES_DOC, 'utf8').split('\n');
  const header = lines.findIndex((l) => /^\| règle \| article source \| test \|$/.test(l.trim()));
  if (header < 0) throw new Error('docs/rules.md : en-tête du tableau « règle | article source | test » introuvable');
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .trim()
        .replace(/^\|\s*/, '')
        .replace(/\s*\|$/, '')
        .split(' | '),
    );
  }
  return rows;
}

const TEST_FILE = /^[^`]+\.(?:test|e2e)\.tsx?$/;

/** The test files a cell names in backticks (`path/to/file.test.ts`, `test/e2e/x.e2e.ts`). */
function testFiles(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string).filter((t) => TEST_FILE.test(t));
}

/**
 * The test names a cell quotes « … » (guillemets nested inside a name kept),
 * each with the test file named before it.
 */
function testNames(cell: string): { file: string | undefined; name: string }[] {
  const out: { file: string | undefined; name: string }[] = [];
  let file: string | undefined;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === '`' && depth === 0) {
      const end = cell.indexOf('`', i + 1);
      const token = cell.slice(i + 1, end);
      if (TEST_FILE.test(token)) file = token;
      i = end;
    } else if (ch === '«') {
      if (depth++ === 0) start = i + 1;
    } else if (ch === '»' && --depth === 0) {
      out.push({ file, name: cell.slice(start, i).trim() });
    }
  }
  return out;
}

/** Apostrophes and spaces as the doc and the tests may write them differently. */
const normalize = (s: string) => s.replace(/[’‘]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ');

describe('docs/rules.md covers every rule', () => {
  const rows = tableRows();

  it('the table has rows of three cells: rule, article source, test', () => {
    expect(rows.length).toBeGreaterThan(50);
    const malformed = rows.filter((cells) => cells.length !== 3).map((cells) => cells[0]?.slice(0, 80));
    expect(malformed).toEqual([]);
  });

  it('every finding code of the rules package has a row naming it in backticks', () => {
    const table = rows.map((cells) => cells.join(' | ')).join('\n');
    const codes = [...FINDING_CODES, ...ACTIVITY_FINDING_CODES];
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((code) => !table.includes(`\`${code}\``))).toEqual([]);
  });

  it('every row names the test file that proves it, by its path from the root, and the file exists', () => {
    const withoutTest = rows.filter((cells) => testFiles(cells[2] ?? '').length === 0).map((cells) => cells[0]?.slice(0, 80));
    expect(withoutTest).toEqual([]);
    const named = [...new Set(rows.flatMap((cells) => testFiles(cells[2] ?? '')))];
    expect(named.filter((file) => !fs.existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it('every test name the table quotes is in the test file named before it (« … » stands for the words left out)', () => {
    const sources = new Map<string, string>();
    const read = (file: string) => {
      if (!sources.has(file)) sources.set(file, fs.existsSync(path.join(ROOT, file)) ? normalize(fs.readFileSync(path.join(ROOT, file), 'utf8')) : '');
      return sources.get(file) as string;
    };
    const quoted = rows.flatMap((cells) => testNames(cells[2] ?? ''));
    expect(quoted.length).toBeGreaterThan(100);
    const notFound = quoted
      .filter(({ file, name }) => {
        if (file === undefined) return true;
        const source = read(file);
        return name
          .split('…')
          .map((part) => normalize(part).trim())
          .some((part) => part !== '' && !source.includes(part));
      })
      .map(({ file, name }) => `${file ?? '(aucun fichier)'} — ${name.slice(0, 100)}`);
    expect(notFound).toEqual([]);
  });
});
