/** Test helpers: the example documents, a contrat d'avenir built from them, and poppler's view of a PDF. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConvention, type ConventionDocument } from '../../shared/rules/index';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const examplesDir = path.resolve(repoRoot, '..', 'shared', 'examples');

export function exampleDocument(name: 'convention-cae' | 'convention-cae-dom'): ConventionDocument {
  const r = validateConvention(JSON.parse(readFileSync(path.join(examplesDir, `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.document;
}

/** A contrat d'avenir for an ASS beneficiary, signed in 2009 (Pôle emploi, then ASP names apply from April). */
export function cavDocument(): ConventionDocument {
  const cae = exampleDocument('convention-cae');
  const r = validateConvention({
    ...cae,
    measure: 'CAV',
    department: '59',
    prescriberCode: '59350',
    filedOn: '2009-04-06',
    signedOn: '2009-04-10',
    employer: { ...cae.employer, name: 'Commune de Lambersart', status: '10', collector: 'URSSAF', address: 'Place de l’Hôtel de Ville, 59130 Lambersart' },
    employee: { ...cae.employee, civility: 'M', lastName: 'LEFÈVRE', birthName: null, firstNames: 'Benoît', nir: '178055935012310', address: '12 rue des Écoles, 59000 Lille', allowances: ['ASS', 'RMI'] },
    contract: { ...cae.contract, hiredOn: '2009-04-14', plannedEnd: '2011-04-13', romeCode: '42111', jobTitle: 'Agent d’entretien des espaces verts', monthlyGross: '1143.00', weeklyHours: 26 },
    support: { ...cae.support, actionsDuration: '120 heures', referent: 'Plan local pour l’insertion et l’emploi de Lille' },
    funding: { aidRatePercent: '75', otherFunding: false, allowanceDebtorAid: '447.91', allowancePayer: 'Pôle emploi (ASS)' },
    clauses: { monitoring: 'Bilan trimestriel avec le référent', repayment: 'Reversement intégral en cas de dénonciation' },
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.document;
}

function withTempPdf<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'cae-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    writeFileSync(file, pdf);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext extracts it (through the fonts' ToUnicode maps). */
export function pdfText(pdf: Buffer): string {
  return withTempPdf(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** Same, with the no-break spaces turned into plain spaces, for readable assertions. */
export function plainText(pdf: Buffer): string {
  return pdfText(pdf).replace(/[\u00a0\u202f]/g, ' ');
}

export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean; unicode: boolean }[] {
  const out = withTempPdf(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      const n = cols.length;
      return { name: cols[0] ?? '', embedded: cols[n - 5] === 'yes', unicode: cols[n - 3] === 'yes' };
    });
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withTempPdf(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

export function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
