import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoDatabasePath, mainDatabasePath } from '../../app/data-dir';
import { generateDemoWorkspace } from '../../app/demo/generate';
import { inTransaction, openDatabase } from '../../db/connection';
import { insertConvention } from '../../db/repositories/conventions/writes';
import { insertEmployee } from '../../db/repositories/employees';
import { insertEmployer } from '../../db/repositories/employers';
import { insertVersion } from '../../db/repositories/versions/writes';
import { exampleDocument, plainText } from '../../../test/helpers/documents';
import { runPrint } from './print';
import { fakeIo } from '../../../test/helpers/cli';

const tempDir = useTempDir('cae-print-');
const NUMBER = '069-0608-69012-00001';
const AT = '2008-06-05T10:00:00.000Z';

/** A workspace database holding the CAE example as version 00 and a renewal avenant as version 01. */
function seedDatabase(dataDir: string): void {
  const doc = exampleDocument('convention-cae');
  const renewal = { ...doc, signedOn: '2008-12-01', renewals: [{ from: '2008-12-09', to: '2009-06-08', weeklyHours: 26, aidRatePercent: '85' }] };
  const db = openDatabase(mainDatabasePath(dataDir));
  try {
    inTransaction(db, () => {
      const employerId = insertEmployer(db, {
        siret: doc.employer!.siret!,
        name: doc.employer!.name!,
        status: 'ASSOCIATION',
        collector: 'URSSAF',
        collectorOther: null,
        address: null,
        postalCode: null,
        city: 'Lyon',
        department: '69',
        iban: null,
        at: AT,
      });
      const employeeId = insertEmployee(db, {
        nir: doc.employee!.nir!,
        civility: 'MME',
        lastName: 'MARTIN',
        birthName: 'DURAND',
        firstNames: 'Claire',
        birthDate: '1975-03-14',
        birthPlace: 'Lyon',
        birthDepartment: '69',
        nationality: 'FR',
        educationLevel: '51',
        at: AT,
      });
      const conventionId = insertConvention(db, {
        number: NUMBER,
        measure: 'CAE',
        department: '69',
        prescriberCode: '69012',
        orderNumber: 1,
        employerId,
        employeeId,
        status: 'en_cours',
        startsOn: '2008-06-09',
        endsOn: '2009-06-08',
        at: AT,
      });
      const version = {
        conventionId,
        employerId,
        filedOn: '2008-06-02',
        contractType: 'CDD' as const,
        hiredOn: '2008-06-09',
        romeCode: '41121',
        jobTitle: 'Ouvrier maraîcher',
        monthlyGrossCents: 80000,
        totalAidCents: null,
        at: AT,
      };
      insertVersion(db, {
        ...version,
        avenantIndex: 0,
        kind: 'INITIAL',
        signedOn: '2008-06-05',
        startsOn: '2008-06-09',
        endsOn: '2008-12-08',
        aidRateBp: 9000,
        details: doc,
      });
      insertVersion(db, {
        ...version,
        avenantIndex: 1,
        kind: 'RENEWAL',
        signedOn: '2008-12-01',
        startsOn: '2008-12-09',
        endsOn: '2009-06-08',
        aidRateBp: 8500,
        details: renewal,
      });
    });
  } finally {
    db.close();
  }
}

describe('cae print', () => {
  it('prints the latest version of a convention from the database', async () => {
    const dir = tempDir();
    seedDatabase(dir);
    const io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--out', 'convention.pdf', '--data-dir', dir], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toContain(`${NUMBER}-01`);
    const text = await plainText(readFileSync(path.join(dir, 'convention.pdf')));
    expect(text).toContain(`${NUMBER}-01`);
    expect(text).toContain('Association Les Jardins du Rhône');
    expect(text).toContain('800,00 €');
    expect(text).toContain('Exemplaire 5 — Organisme de recouvrement des cotisations sociales');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints version N with --avenant N', async () => {
    const dir = tempDir();
    seedDatabase(dir);
    const io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--avenant', '0', '--out', 'v0.pdf', '--data-dir', dir], io)).toBe(0);
    const text = await plainText(readFileSync(path.join(dir, 'v0.pdf')));
    expect(text).toContain(`${NUMBER}-00`);
    expect(text).not.toContain(`${NUMBER}-01`);
  });

  it('refuses an unknown number, an unknown version, a missing --out and a missing database, in French, exit 2', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'vide');
    mkdirSync(empty);
    let io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--out', 'x.pdf', '--data-dir', empty], io)).toBe(2);
    expect(io.err()).toMatch(/Aucune base de données/);
    expect(existsSync(mainDatabasePath(empty))).toBe(false);

    seedDatabase(dir);
    io = fakeIo(dir);
    expect(await runPrint(['999-0101-00000-00009', '--out', 'x.pdf', '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/Aucune convention ne porte le numéro « 999-0101-00000-00009 »/);
    io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--avenant', '7', '--out', 'x.pdf', '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/pas de version 7 \(versions connues : 0, 1\)/);
    io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/--out FICHIER\.pdf/);
    io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--avenant', 'deux', '--out', 'x.pdf', '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/--avenant attend/);
    io = fakeIo(dir);
    expect(await runPrint(['--out', 'x.pdf', '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/un seul numéro/);
    expect(existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('reports an unwritable destination without leaving a temporary file', async () => {
    const dir = tempDir();
    seedDatabase(dir);
    let io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--out', path.join(dir, 'absent', 'c.pdf'), '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/Impossible d’écrire .*c\.pdf : le dossier n’existe pas\./);
    io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--out', path.join(mainDatabasePath(dir), 'c.pdf'), '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/le chemin traverse un fichier/);
    io = fakeIo(dir);
    expect(await runPrint([NUMBER, '--out', dir, '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toMatch(/Impossible d’écrire .* : (c’est un dossier|écriture impossible)\./);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints from a demo workspace with --demo, and refuses an unknown role', async () => {
    const dir = tempDir();
    const file = demoDatabasePath(dir, 'agence');
    mkdirSync(path.dirname(file), { recursive: true });
    generateDemoWorkspace({ file, role: 'agence', conventions: 12, seed: 2 });
    const db = openDatabase(file);
    const number = db.prepare("SELECT number FROM conventions WHERE status <> 'brouillon' ORDER BY id LIMIT 1").pluck().get() as string;
    db.close();
    const io = fakeIo(dir);
    const out = path.join(dir, 'demo.pdf');
    expect(await runPrint([number, '--out', out, '--data-dir', dir, '--demo', 'agence'], io)).toBe(0);
    expect(await plainText(readFileSync(out))).toContain(number.split('-')[0]);
    const bad = fakeIo(dir);
    expect(await runPrint([number, '--out', out, '--data-dir', dir, '--demo', 'chef'], bad)).toBe(2);
    expect(bad.err()).toContain('--demo : rôle « chef » inconnu');
  });
});
