import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoDatabasePath, mainDatabasePath } from '../../app/data-dir';
import { generateDemoWorkspace } from '../../app/demo/generate';
import { freshEmployer, richEmployer } from '../../../test/helpers/package';
import { demoAgency, dumpTables, withDb } from '../../../test/helpers/agency-workspace';
import { runExport } from './export';
import { runImport } from './import';
import { fakeIo } from '../../../test/helpers/cli';

const tempDir = useTempDir('cae-cli-package-');
const env = { SOURCE_DATE_EPOCH: '1245052800' }; // 2009-06-15T08:00:00Z

async function run(command: typeof runExport, args: string[], cwd: string) {
  const io = { ...fakeIo(cwd), env };
  const code = await command(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('cae export --package SIRET (docs/exchange-format.md, « Dossier de conventions »)', () => {
  it('writes the employer’s package and prints its path and number of conventions (exit 0), in JSON with --json', async () => {
    const dir = tempDir();
    const rich = richEmployer(demoAgency(dir));
    const out = path.join(dir, 'envois');
    const text = await run(runExport, ['--data-dir', dir, '--demo', 'agence', '--to', out, '--package', rich.siret], dir);
    expect(text.err).toBe('');
    expect(text.code).toBe(0);
    expect(text.out).toContain(`${path.join(out, 'PKG_69012_000001_20090615T080000Z.json')} : dossier de conventions n° 1 pour`);
    expect(text.out).toContain(`(SIRET ${rich.siret}), ${rich.signed.length} convention(s), 0 brouillon(s) ou convention(s) à signer laissé(s) de côté.`);

    const json = await run(runExport, ['--data-dir', dir, '--demo', 'agence', '--to', out, '--package', rich.siret, '--json'], dir);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as Record<string, unknown>;
    expect(parsed).toMatchObject({ outDir: out, fileName: 'PKG_69012_000002_20090615T080000Z.json', sequence: 2, conventions: rich.signed, draftsLeftOut: 0 });
    expect(parsed).not.toHaveProperty('text');
    expect(fs.readdirSync(out).sort()).toEqual(['PKG_69012_000001_20090615T080000Z.json', 'PKG_69012_000002_20090615T080000Z.json']);
  });

  it('exit 1 when the employer has no signed convention, 2 for an unknown SIRET, a bad option, an employer workspace or an agency without code; nothing written', async () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    withDb(agencyFile, (db) =>
      db
        .prepare(
          "INSERT INTO employers (siret, name, status, collector, created_ms, updated_ms) VALUES ('73282932000074', 'Commune sans convention', '10', 'URSSAF', 1, 1)",
        )
        .run(),
    );
    const withConventions = richEmployer(agencyFile).siret;
    const before = dumpTables(agencyFile);
    const out = path.join(dir, 'envois');
    const base = ['--data-dir', dir, '--demo', 'agence', '--to', out];
    const none = await run(runExport, [...base, '--package', '73282932000074'], dir);
    expect(none).toMatchObject({ code: 1, out: '' });
    expect(none.err).toContain('n’a aucune convention signée : rien à envoyer');
    const unknown = await run(runExport, [...base, '--package', '11111111111111'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Aucun employeur de SIRET 11111111111111');
    expect((await run(runExport, [...base, '--package', '73282932000074', '--max-lines', '5'], dir)).err).toContain('--max-lines ne s’applique pas');
    expect((await run(runExport, ['--data-dir', dir, '--demo', 'agence', '--package', '73282932000074'], dir)).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(dumpTables(agencyFile)).toBe(before);

    const employerDir = path.join(dir, 'employeur');
    freshEmployer(mainDatabasePath(employerDir));
    const employer = await run(runExport, ['--data-dir', employerDir, '--to', out, '--package', '73282932000074'], dir);
    expect(employer.code).toBe(2);
    expect(employer.err).toContain('ne se prépare pas dans l’espace d’un employeur');

    // An agency workspace without its agency code cannot send anything: a workspace to set up (2), not a content refused (1).
    withDb(agencyFile, (db) => db.prepare('UPDATE workspace SET agency_code = NULL').run());
    const noCode = await run(runExport, [...base, '--package', withConventions], dir);
    expect(noCode).toMatchObject({ code: 2, out: '', err: 'L’espace de l’agence n’a pas de code agence : renseignez-le avant d’échanger des fichiers.\n' });
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('cae import of a convention package', () => {
  it('in an employer data folder: --dry-run --json previews, then applies (exit 0), then « déjà importé » (exit 0)', async () => {
    const dir = tempDir();
    const rich = richEmployer(demoAgency(dir));
    const out = path.join(dir, 'envois');
    expect((await run(runExport, ['--data-dir', dir, '--demo', 'agence', '--to', out, '--package', rich.siret], dir)).code).toBe(0);
    const pkg = path.join(out, 'PKG_69012_000001_20090615T080000Z.json');
    const employerDir = path.join(dir, 'employeur');
    const employerFile = freshEmployer(mainDatabasePath(employerDir));

    const before = dumpTables(employerFile);
    const preview = await run(runImport, [pkg, '--data-dir', employerDir, '--dry-run', '--json'], dir);
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.out)).toMatchObject({ kind: 'package-preview', plan: { recipient: rich.siret, adoptsRecipient: true } });
    expect(dumpTables(employerFile)).toBe(before);

    const applied = await run(runImport, [pkg, '--data-dir', employerDir, '--verbose'], dir);
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('Dossier de conventions n° 1 de l’agence 69012 importé :');
    expect(applied.out).toContain(`${rich.signed[0]} : nouvelle (`);
    expect(applied.out).toContain(`Total : ${rich.signed.length} nouvelle(s), 0 mise(s) à jour, 0 inchangée(s).`);
    const again = await run(runImport, [pkg, '--data-dir', employerDir], dir);
    expect(again).toMatchObject({ code: 0, out: 'Déjà importé (PKG_69012_000001_20090615T080000Z.json) : rien n’a changé.\n' });
  });

  it('--demo employeur: lines whose order number the demo already uses are listed as not applied, the others applied (exit 0)', async () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const employerFile = demoDatabasePath(dir, 'employeur');
    fs.mkdirSync(path.dirname(employerFile), { recursive: true });
    generateDemoWorkspace({ file: employerFile, role: 'employeur', conventions: 10, seed: 1 });
    const own = withDb(employerFile, (db) => db.prepare('SELECT siret FROM employers ORDER BY id LIMIT 1').pluck().get() as string);
    const known = withDb(agencyFile, (db) => db.prepare('SELECT count(*) FROM employers WHERE siret = ?').pluck().get(own));
    expect(known).toBe(1);
    const out = path.join(dir, 'envois');
    expect((await run(runExport, ['--data-dir', dir, '--demo', 'agence', '--to', out, '--package', own], dir)).code).toBe(0);
    const result = await run(runImport, [path.join(out, fs.readdirSync(out)[0]!), '--data-dir', dir, '--demo', 'employeur', '--verbose'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Ligne \d+ \(069-\d{4}-69012-\d{5}\) non appliquée : le numéro d’ordre \d+ du code 69012 est déjà celui de la convention 069-\d{4}-69012-\d{5} ici\./,
    );
    expect(result.out).toMatch(/: nouvelle \(/);
  });

  it('exit 1 for a package refused (agency workspace), quarantined; exit 2 for a missing file', async () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const out = path.join(dir, 'envois');
    expect((await run(runExport, ['--data-dir', dir, '--demo', 'agence', '--to', out, '--package', rich.siret], dir)).code).toBe(0);
    const pkg = path.join(out, fs.readdirSync(out)[0]!);
    const before = dumpTables(agencyFile);
    const refused = await run(runImport, [pkg, '--data-dir', dir, '--demo', 'agence'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('il ne s’importe pas dans l’espace d’une agence');
    expect(refused.err).toContain('Fichier gardé en quarantaine');
    expect(dumpTables(agencyFile)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'quarantaine'))).toHaveLength(2);
    expect((await run(runImport, [path.join(out, 'absent.json'), '--data-dir', dir, '--demo', 'agence'], dir)).code).toBe(2);
  });
});
