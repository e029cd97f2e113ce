import { describe, expect, it } from 'vitest';
import { isSigned, type ConventionStatus } from '../../../shared/domain/enums';
import { checkAllConventions } from '../../services/conventions/check-all';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoAgency, withDb } from '../../../test/helpers/agency-workspace';
import { fakeIo } from '../../../test/helpers/cli';
import { runCheck } from './check';
import { rewriteStored, withValueAt } from '../../../test/helpers/stored-documents';

const tempDir = useTempDir();

/** Sets a signed demo CAE's weekly hours to 15 in its current version; returns its number. */
function shortenHours(file: string): string {
  return withDb(file, (db) => {
    const row = db
      .prepare(
        `SELECT c.id, c.number, v.id AS versionId FROM conventions c JOIN convention_versions v ON v.convention_id = c.id
         WHERE c.measure = 'CAE' AND c.status = 'en_cours' ORDER BY c.id, v.avenant_index DESC LIMIT 1`,
      )
      .get() as { id: number; number: string; versionId: number };
    rewriteStored(db, row.versionId, (document) => withValueAt(document, ['contract', 'weeklyHours'], 15));
    return row.number;
  });
}

describe('cae check --all: every convention of the workspace checked by the rules', () => {
  it('the demo: no signed convention in error (exit 0); drafts miss their signature date, counted apart', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const io = fakeIo(dir);
    expect(await runCheck(['--all', '--data-dir', dir, '--demo', 'agence', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.today).toBe('2009-06-15');
    expect(report.checked).toBe(30);
    expect(report.signedWithErrors).toBe(0);
    const drafts = report.flagged.filter((c: { status: ConventionStatus; errors: string[] }) => c.errors.length > 0);
    expect(drafts.length).toBe(report.withErrors);
    expect(drafts.every((c: { status: ConventionStatus }) => !isSigned(c.status))).toBe(true);
    // Small workspaces are checked in a moment: no progress lines.
    expect(io.err()).toBe('');
  });

  it('art. L322-4-7 I, al. 7 (L5134-20 and following from 1 May 2008): a CAE of 15 h a week is an error; the convention is listed first, with its status, exit 1', async () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const number = shortenHours(file);
    const io = fakeIo(dir);
    expect(await runCheck(['--all', '--data-dir', dir, '--demo', 'agence'], io)).toBe(1);
    expect(io.out()).toMatch(/^Vérification des conventions au 15\/06\/2009 : 30 convention\(s\) vérifiée\(s\)\.$/m);
    expect(io.out()).toMatch(/\(dont 1 signée\(s\)\)/);
    expect(io.out()).toMatch(/^ {2}WEEKLY_HOURS_TOO_LOW \(erreur\) : 1 convention\(s\)$/m);
    const listed = io.out().split('Conventions avec une erreur (les signées d’abord) :\n')[1]!.split('\n');
    expect(listed[0]).toBe(`  ${number} (En cours) : WEEKLY_HOURS_TOO_LOW`);
  });

  it('reports progress page by page and ends at the total; the report does not change the workspace', () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    const before = withDb(file, (db) => db.prepare('SELECT total_changes() AS n, (SELECT count(*) FROM audit_log) AS audit').get());
    const calls: [number, number][] = [];
    const report = withDb(file, (db) => checkAllConventions(db, '2009-06-15', (done, total) => calls.push([done, total])));
    expect(calls[0]).toEqual([0, 30]);
    expect(calls.at(-1)).toEqual([30, 30]);
    expect(report.checked).toBe(30);
    expect(withDb(file, (db) => db.prepare('SELECT total_changes() AS n, (SELECT count(*) FROM audit_log) AS audit').get())).toEqual(before);
  });

  it('usage errors in French: a file with --all, --data-dir without --all, an impossible --today', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--all', 'c.json'], /^--all vérifie les conventions de l'espace de travail : n'indiquez pas de fichier\./],
      [['c.json', '--data-dir', dir], /^--data-dir et --demo vont avec --all/],
      [['--all', '--today', '2009-02-30'], /^--today attend une date AAAA-MM-JJ \(reçu « 2009-02-30 »\)\./],
    ];
    for (const [args, message] of cases) {
      const io = fakeIo(dir);
      expect(await runCheck(args, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe('');
    }
  });
});
