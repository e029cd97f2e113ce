/**
 * The catalogue of the payment organisation's rejection codes
 * (shared/domain/rejections.ts) against the codes the reference counterpart
 * emits, and its legal references against the source documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRejection, KNOWN_REJECTION_CODES, PACKAGE_LINE_NOT_APPLIED, REJECTIONS } from '../../shared/domain/rejections';
import { readableLegalRef, SOURCES } from '../../shared/rules/parameters/sources';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SOURCES_DIR = path.join(ROOT, 'docs', 'sources');
/** The payment organisation's codes: NON_APPLIQUEE is the employer workspace's own (a package line it could not apply). */
const COUNTERPART_CODES = KNOWN_REJECTION_CODES.filter((c) => c !== PACKAGE_LINE_NOT_APPLIED);

describe('rejection codes explained in French', () => {
  it('knows exactly the codes the reference counterpart emits', () => {
    const source = fs.readFileSync(path.join(ROOT, 'test', 'counterpart', 'respond.ts'), 'utf8');
    const emitted = [...source.matchAll(/code: '([A-Z0-9_]+)'/g)].map((m) => m[1]);
    expect(new Set(emitted)).toEqual(new Set(COUNTERPART_CODES));
  });

  it('cites only source documents that exist, each named by its title on screen', () => {
    for (const code of COUNTERPART_CODES) {
      for (const on of ['2007-01-15', '2009-01-15', undefined]) {
        const refs = REJECTIONS[code].legalRefs(on);
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) {
          const files = ref.match(/\d{3}_[0-9a-f]{16}\.txt/g) ?? [];
          expect(files.length, ref).toBeGreaterThan(0);
          for (const file of files) {
            expect(Object.values(SOURCES)).toContain(file);
            expect(fs.existsSync(path.join(SOURCES_DIR, file)), file).toBe(true);
          }
          expect(readableLegalRef(ref)).not.toMatch(/\.txt/);
        }
      }
    }
  });

  it('cites the article in force on the record’s date (recodification of 1 May 2008)', () => {
    expect(readableLegalRef(explainRejection('DUREE_HEBDO', null, '2007-01-15').legalRefs[0]!)).toMatch(
      /^Code du travail \(avant le 1er mai 2008\) — art\. L322-4-7/,
    );
    expect(readableLegalRef(explainRejection('DUREE_HEBDO', null, '2009-01-15').legalRefs[0]!)).toMatch(/^Code du travail — art\. L5134-20/);
  });

  it('says what every known code means, how to fix it, and which fields; an unknown code falls back to the organisation’s label', () => {
    for (const code of KNOWN_REJECTION_CODES) {
      const e = explainRejection(code, 'libellé');
      expect(e).toMatchObject({ code, known: true });
      expect(e.meaning.length).toBeGreaterThan(40);
      expect(e.fix.length).toBeGreaterThan(1);
    }
    expect(explainRejection('NIR_ABSENT', null).fields).toEqual(['nir']);
    expect(explainRejection('CONVENTION_INCONNUE', null).fields).toEqual([]);
    const unknown = explainRejection('IBAN_FERME', 'Compte bancaire clos.');
    expect(unknown).toMatchObject({
      code: 'IBAN_FERME',
      known: false,
      meaning: 'L’organisme payeur a refusé la ligne : « Compte bancaire clos. ».',
      legalRefs: [],
    });
    expect(unknown.fields).toEqual(['weeklyHours', 'startsOn', 'endsOn', 'aidRatePercent', 'nir']);
    expect(explainRejection(null, null).meaning).toBe('L’organisme payeur a refusé la ligne sans en donner le motif.');
  });

  it('explains a package line the employer workspace could not apply as its own, not as the payment organisation’s rejection', () => {
    const e = explainRejection(PACKAGE_LINE_NOT_APPLIED, 'convention 069-0608-69012-00002 : la version 00 nomme l’employeur 73282932000074, absent du dossier');
    expect(e).toMatchObject({ code: 'NON_APPLIQUEE', known: true, fields: [], legalRefs: [] });
    expect(e.meaning).toMatch(/^Une ligne du dossier de conventions envoyé par l’agence n’a pas pu être appliquée dans cet espace de travail/);
    expect(e.fix.join(' ')).toMatch(/Réglez le conflit ici.*nouveau dossier de conventions/);
    expect(JSON.stringify(e)).not.toMatch(/organisme payeur/);
  });
});
