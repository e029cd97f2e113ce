import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { demoDatabasePath } from '../app/data-dir';
import { fakeIo as makeIo } from '../../test/helpers/cli';
import { main } from './main';

const tempDir = useTempDir();

describe('cae command line', () => {
  it('prints its usage in French and exits 2 without a command', async () => {
    const io = makeIo(tempDir());
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('Usage : cae <commande>');
    expect(await main(['inconnue'], io)).toBe(2);
    expect(io.err()).toContain('Commande inconnue : « inconnue »');
  });

  it('cae demo of 10,000 conventions tells its progress on stderr, stdout keeping its summary line', async () => {
    const io = makeIo(tempDir());
    expect(await main(['demo', '--conventions', '10000', '--data-dir', 'long'], io)).toBe(0);
    expect(io.err()).toContain('Génération de la démonstration : 10\u202f000 sur 10\u202f000 conventions (100 %)');
    expect(io.out().trim().split('\n')[0]).toMatch(/^Espace de démonstration \(agence\) : 10000 conventions/);
  }, 120_000);

  it('cae demo generates the demo workspace deterministically for a seed', async () => {
    const io = makeIo(tempDir());
    expect(await main(['demo', '--conventions', '25', '--seed', '4', '--data-dir', 'a'], io)).toBe(0);
    expect(await main(['demo', '--conventions', '25', '--seed', '4', '--data-dir', 'b'], io)).toBe(0);
    expect(io.out()).toContain('25 conventions, graine 4');
    // A small demo says no progress (a long one does, on stderr: the test above); stdout keeps the one summary line per run.
    expect(io.err()).not.toContain('Génération');
    expect(io.out().match(/graine 4/g)).toHaveLength(2);
    const read = (dir: string) => {
      const db = new Database(demoDatabasePath(path.join(tempDir(), dir), 'agence'), { readonly: true });
      const rows = db.prepare('SELECT number, status, starts_on, ends_on FROM conventions ORDER BY id').all();
      db.close();
      return rows;
    };
    expect(read('a')).toHaveLength(25);
    expect(read('a')).toEqual(read('b'));
  });

  it('cae demo --role employeur makes the employer demo', async () => {
    const io = makeIo(tempDir());
    expect(await main(['demo', '--role', 'employeur', '--conventions', '5', '--data-dir', 'e', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ role: 'employeur', conventions: 5, seed: 1 });
    expect(fs.existsSync(demoDatabasePath(path.join(tempDir(), 'e'), 'employeur'))).toBe(true);
  });

  it.each([
    [['demo', '--conventions', 'beaucoup'], /--conventions : nombre entier attendu, reçu « beaucoup »/],
    [['demo', '--conventions', '0'], /--conventions : valeur attendue entre 1 et/],
    [['demo', '--role', 'admin'], /--role : « admin » inconnu/],
    [['demo', '--inconnue'], /Option inconnue : --inconnue/],
    [['demo', '--seed'], /attend une valeur/],
    [['start', '--demo', 'directeur'], /--demo : rôle « directeur » inconnu/],
    [['start', '--port', '70000'], /--port : valeur attendue entre 0 et 65535/],
  ])('refuses bad arguments %j with a French message, exit 2, creating nothing', async (args, message) => {
    const io = makeIo(tempDir());
    expect(await main([...args, '--data-dir', 'x'], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(fs.existsSync(path.join(tempDir(), 'x'))).toBe(false);
  });

  it('finds the demo of the folder cae demo was given, and takes --demo alone as the agency demo', async () => {
    const io = makeIo(tempDir());
    expect(await main(['demo', '--conventions', '12', '--data-dir', 'X'], io)).toBe(0);
    const lots = makeIo(tempDir());
    expect(await main(['lots', '--data-dir', 'X', '--json'], lots)).toBe(0);
    expect(lots.err()).toContain('Espace de démonstration (agence)');
    expect(lots.err()).toContain('--demo agence');
    expect(JSON.parse(lots.out())).toHaveProperty('lots');
    const demoLast = makeIo(tempDir());
    expect(await main(['lots', '--data-dir', 'X', '--json', '--demo'], demoLast)).toBe(0);
    expect(demoLast.err()).toBe('');
    expect(JSON.parse(demoLast.out())).toEqual(JSON.parse(lots.out()));
    const demoFirst = makeIo(tempDir());
    expect(await main(['lots', '--demo', '--data-dir', 'X', '--json'], demoFirst)).toBe(0);
    expect(JSON.parse(demoFirst.out())).toEqual(JSON.parse(lots.out()));
  });

  it('says which option opens which demo when a folder holds both and no database of its own', async () => {
    const io = makeIo(tempDir());
    expect(await main(['demo', '--conventions', '3', '--data-dir', 'Y'], io)).toBe(0);
    expect(await main(['demo', '--conventions', '3', '--role', 'employeur', '--data-dir', 'Y'], io)).toBe(0);
    const lots = makeIo(tempDir());
    expect(await main(['lots', '--data-dir', 'Y'], lots)).toBe(2);
    expect(lots.err()).toMatch(/n’a pas de base à lui mais deux espaces de démonstration : ajoutez --demo agence ou --demo employeur/);
  });
});
