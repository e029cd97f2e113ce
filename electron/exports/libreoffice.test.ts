/**
 * The exported CSV opened by a real spreadsheet: LibreOffice Calc, headless,
 * imports it as a French user's Calc would (`;`, UTF-8, French locale) and
 * saves it as flat ODS, whose XML says which cells became numbers and dates.
 * Runs where `soffice` is on the PATH (or SOFFICE_PATH), Debian package
 * libreoffice-calc-nogui; required under CI=true. Elsewhere it is reported as
 * not run (scripts/prerequisites.mjs says so before the suite).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, libreOfficeRequired } from '../../scripts/prerequisites.mjs';
import { useTempDir } from '../../test/helpers/temp-dir';
import { DEMO_REFERENCE_DATE, generateDemoWorkspace } from '../app/demo/generate';
import { openDatabase } from '../db/connection';
import { toCsv, type CsvColumn } from './csv';
import { listCsv } from './index';

const SOFFICE = findSoffice();
const tempDir = useTempDir('cae-lo-');

interface Cell {
  type: string | undefined;
  value: string | undefined;
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The rows of the first sheet of a flat ODS file, repeated cells expanded, trailing empty cells dropped. */
function readFods(file: string): Cell[][] {
  const xml = fs.readFileSync(file, 'utf8');
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)![0];
  const rows: Cell[][] = [];
  for (const rowXml of table.match(/<table:table-row\b[\s\S]*?<\/table:table-row>/g) ?? []) {
    const cells: Cell[] = [];
    for (const m of rowXml.matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
      const attrs = m[1] ?? '';
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
      const text = decode([...(m[2] ?? '').matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => p[1]!.replace(/<[^>]+>/g, '')).join('\n'));
      const type = attr('office:value-type');
      const cell = { type, value: attr('office:date-value') ?? attr('office:value'), text };
      const repeat = Math.min(Number(attr('table:number-columns-repeated') ?? 1), 100);
      for (let i = 0; i < repeat; i++) cells.push(cell);
    }
    while (cells.length && cells.at(-1)!.type === undefined && cells.at(-1)!.text === '') cells.pop();
    if (cells.length) rows.push(cells);
  }
  return rows;
}

/** Converts CSV files to flat ODS with Calc's CSV filter set as in France: `;`, `"`, UTF-8, French locale, dates detected. */
function convertWithCalc(soffice: string, dir: string, files: string[]): void {
  const profile = `file:///tmp/lo-${randomUUID()}`;
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--infilter=CSV:59,34,76,1,,1036,false,true',
        '--convert-to',
        'fods',
        '--outdir',
        dir,
        ...files,
      ],
      { timeout: 150_000, stdio: 'pipe' },
    );
  } finally {
    fs.rmSync(new URL(profile), { recursive: true, force: true });
  }
}

interface Fixture {
  name: string;
  city: string;
  on: string;
  cents: number;
  formula: string;
}

const fixtureColumns: CsvColumn<Fixture>[] = [
  { header: 'Raison sociale', text: (r) => r.name },
  { header: 'Commune', text: (r) => r.city },
  { header: 'Début', date: (r) => r.on },
  { header: 'Montant (€)', cents: (r) => r.cents },
  { header: 'Note', text: (r) => r.formula },
];

describe.runIf(SOFFICE !== null || libreOfficeRequired())('CSV export opened by LibreOffice Calc', () => {
  it('keeps accents, reads amounts as numbers and dates as dates, row for row', { timeout: 240_000 }, () => {
    expect(SOFFICE, 'LibreOffice (soffice) est exigé sous CI=true').not.toBeNull();
    const dir = tempDir();
    const fixture = path.join(dir, 'fixture.csv');
    fs.writeFileSync(
      fixture,
      toCsv(fixtureColumns, [
        { name: 'Crèche « Les Pâquerettes »; garçons', city: 'Besançon', on: '2026-11-25', cents: 123456, formula: '=1+1' },
        { name: 'Régie de quartier "Élan"', city: 'Orléans\nCentre', on: '2008-06-09', cents: 5, formula: '@SUM(A1)' },
      ]),
    );
    const dbFile = path.join(dir, 'demo.sqlite');
    generateDemoWorkspace({ file: dbFile, role: 'agence', conventions: 60, seed: 11 });
    const db = openDatabase(dbFile);
    let exported;
    try {
      exported = listCsv(db, { list: 'conventions' }, '2026-11-25');
    } finally {
      db.close();
    }
    const conventions = path.join(dir, 'conventions.csv');
    fs.writeFileSync(conventions, exported.bytes);

    convertWithCalc(SOFFICE!, dir, [fixture, conventions]);

    const sheet = readFods(path.join(dir, 'fixture.fods'));
    expect(sheet).toHaveLength(3);
    expect(sheet.map((r) => r.length)).toEqual([5, 5, 5]);
    expect(sheet[0]!.map((c) => c.text)).toEqual(['Raison sociale', 'Commune', 'Début', 'Montant (€)', 'Note']);
    const [first, second] = [sheet[1]!, sheet[2]!];
    expect(first[0]!.text).toBe('Crèche « Les Pâquerettes »; garçons');
    expect(first[1]!.text).toBe('Besançon');
    expect(first[2]).toMatchObject({ type: 'date', value: '2026-11-25' });
    expect(first[3]).toMatchObject({ type: 'float', value: '1234.56' });
    expect(first[4]).toMatchObject({ type: 'string', text: "'=1+1" });
    expect(second[0]!.text).toBe('Régie de quartier "Élan"');
    expect(second[1]!.text).toBe('Orléans\nCentre');
    expect(second[2]).toMatchObject({ type: 'date', value: '2008-06-09' });
    expect(second[3]).toMatchObject({ type: 'float', value: '0.05' });
    expect(second[4]!.type).toBe('string');

    const list = readFods(path.join(dir, 'conventions.fods'));
    expect(exported.rows).toBe(60);
    expect(list).toHaveLength(61);
    expect(list[0]!.map((c) => c.text)).toEqual([
      'Numéro',
      'Mesure',
      'État',
      'Département',
      'Employeur',
      'Salarié',
      'NIR (masqué)',
      'Début',
      'Fin',
      'Salaire brut mensuel (€)',
      "Taux de l'aide (%)",
      'Aide totale (€)',
    ]);
    for (const row of list.slice(1)) {
      expect(row.length).toBeLessThanOrEqual(12);
      expect(row[7]!.type).toBe('date');
      expect(row[6]!.text).toMatch(/^(• •• •• •• ••• ••\d [\dAB]{2})?$/);
    }
    const salaries = list
      .slice(1)
      .map((r) => r[9])
      .filter((c) => c?.text);
    expect(salaries.length).toBeGreaterThan(0);
    for (const c of salaries) expect(c).toMatchObject({ type: 'float' });
  });

  it(
    'opens the accountant’s exports of the employer demo: aid expected, received and differences; exempted base per month and employee',
    { timeout: 240_000 },
    () => {
      expect(SOFFICE, 'LibreOffice (soffice) est exigé sous CI=true').not.toBeNull();
      const dir = tempDir();
      const dbFile = path.join(dir, 'employer.sqlite');
      generateDemoWorkspace({ file: dbFile, role: 'employeur', conventions: 40, seed: 1 });
      const db = openDatabase(dbFile);
      let aids;
      let bases;
      try {
        aids = listCsv(db, { list: 'aids' }, DEMO_REFERENCE_DATE);
        bases = listCsv(db, { list: 'exemptions' }, DEMO_REFERENCE_DATE);
      } finally {
        db.close();
      }
      fs.writeFileSync(path.join(dir, 'aides.csv'), aids.bytes);
      fs.writeFileSync(path.join(dir, 'assiettes.csv'), bases.bytes);
      convertWithCalc(SOFFICE!, dir, [path.join(dir, 'aides.csv'), path.join(dir, 'assiettes.csv')]);

      const sheet = readFods(path.join(dir, 'aides.fods'));
      expect(sheet).toHaveLength(aids.rows + 1);
      expect(sheet[0]!.map((c) => c.text)).toEqual([
        'Convention',
        'Mesure',
        'Salarié',
        'Période',
        'Du',
        'Au',
        'Échéance',
        'Aide attendue (€)',
        'Reçu (€)',
        'Écart (€)',
        'État',
        'Explication',
        'Références',
      ]);
      const rows = sheet.slice(1);
      for (const row of rows) {
        expect(row[4]).toMatchObject({ type: 'date' });
        expect(row[7]!.type).toBe('float');
      }
      // The one difference of the demo: a number below zero, its state and its French explanation with accents, its rule.
      const differences = rows.filter((r) => r[10]!.text === 'Écart');
      expect(differences).toHaveLength(1);
      const [short] = differences;
      // « juillet 2008 » is read as the month's date by a French Calc.
      expect(short![3]).toMatchObject({ type: 'date', value: '2008-07-01' });
      expect(short![4]).toMatchObject({ type: 'date', value: '2008-07-01' });
      expect(short![9]!.type).toBe('float');
      expect(Number(short![9]!.value)).toBeLessThan(0);
      expect(Number(short![8]!.value) - Number(short![7]!.value)).toBeCloseTo(Number(short![9]!.value), 2);
      expect(short![11]!.text).toContain('le SMIC horaire brut a été revalorisé le 01/07/2008');
      expect(short![12]!.text).toContain('SMIC');

      const base = readFods(path.join(dir, 'assiettes.fods'));
      expect(base).toHaveLength(bases.rows + 1);
      expect(base[0]!.map((c) => c.text)).toEqual(['Mois', 'Salarié', 'Convention', 'Mesure', 'Assiette exonérée (€)']);
      for (const row of base.slice(1)) {
        expect(row[0]).toMatchObject({ type: 'date', value: expect.stringMatching(/^\d{4}-\d{2}-01$/) });
        expect(row[4]).toMatchObject({ type: 'float' });
      }
      // Accented months too (« août 2008 », « décembre 2008 »).
      const months = new Set(base.slice(1).map((r) => r[0]!.value));
      expect(months.has('2008-08-01')).toBe(true);
      expect(months.has('2008-12-01')).toBe(true);
      expect(base.slice(1).every((r) => /^[A-ZÀ-Ý' -]+ /.test(r[1]!.text))).toBe(true);
    },
  );
});
