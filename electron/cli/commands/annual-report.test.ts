import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../../test/helpers/cli';
import { plainText } from '../../../test/helpers/pdf';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { main } from '../main';

const tempDir = useTempDir('cae-annual-report-');

describe('cae rapport-annuel', () => {
  it('L322-4-7 II : écrit le rapport 2008 de la démonstration employeur, le même que l’écran « Personnel », vu du jour de la démonstration', async () => {
    const dir = tempDir();
    const io = fakeIo(dir);
    expect(await main(['demo', '--role', 'employeur', '--data-dir', dir], io)).toBe(0);
    expect(await main(['rapport-annuel', '--year', '2008', '--data-dir', dir, '--demo', 'employeur'], io)).toBe(0);
    const file = path.join(dir, 'rapport-representants-du-personnel-2008.pdf');
    expect(io.out()).toContain(`Rapport annuel 2008 aux représentants du personnel (`);
    expect(io.out()).toContain(file);
    const text = await plainText(fs.readFileSync(file));
    expect(text).toContain('Rapport annuel aux institutions représentatives du personnel — année 2008');
    expect(text).toContain('Fait à Lyon, le 15/06/2009');

    const out = fakeIo(dir);
    expect(await main(['rapport-annuel', '--year', '2009', '--out', 'rapport.pdf', '--data-dir', dir, '--demo', 'employeur'], out)).toBe(0);
    expect(await plainText(fs.readFileSync(path.join(dir, 'rapport.pdf')))).toContain('(année en cours)');
  });

  it('refuses a year without a report (exit 1) and a bad year or no year (exit 2), in French, writing nothing', async () => {
    const dir = tempDir();
    expect(await main(['demo', '--role', 'employeur', '--data-dir', dir], fakeIo(dir))).toBe(0);
    const future = fakeIo(dir);
    expect(await main(['rapport-annuel', '--year', '2010', '--data-dir', dir, '--demo', 'employeur'], future)).toBe(1);
    expect(future.err()).toBe('Pas de rapport pour 2010 : l’année n’a pas commencé (jour de l’espace : 15/06/2009).\n');
    const bad = fakeIo(dir);
    expect(await main(['rapport-annuel', '--year', '08', '--data-dir', dir, '--demo', 'employeur'], bad)).toBe(2);
    expect(bad.err()).toBe('--year : année attendue : un nombre entier de 2005 à 2100 (par exemple 2008) ; reçu « 08 ».\n');
    const none = fakeIo(dir);
    expect(await main(['rapport-annuel', '--data-dir', dir], none)).toBe(2);
    expect(none.err()).toContain('Indiquez l’année du rapport avec --year AAAA.');
    // A destination that cannot be written is said before the report is laid out.
    const nowhere = fakeIo(dir);
    const absent = path.join(dir, 'absent', 'rapport.pdf');
    expect(await main(['rapport-annuel', '--year', '2008', '--out', absent, '--data-dir', dir, '--demo', 'employeur'], nowhere)).toBe(2);
    expect(nowhere.err()).toBe(`Impossible d’écrire ${absent} : le dossier n’existe pas.\n`);
    const folder = fakeIo(dir);
    expect(await main(['rapport-annuel', '--year', '2008', '--out', dir, '--data-dir', dir, '--demo', 'employeur'], folder)).toBe(2);
    expect(folder.err()).toBe(`Impossible d’écrire ${dir} : c’est un dossier.\n`);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
  });
});
