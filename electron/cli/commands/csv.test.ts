import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoDatabasePath } from '../../app/data-dir';
import { generateDemoWorkspace } from '../../app/demo/generate';
import { runCsv } from './csv';
import { fakeIo } from '../../../test/helpers/cli';

const tempDir = useTempDir('cae-csv-');

function demoDir(): string {
  const dir = tempDir();
  generateDemoWorkspace({ file: demoDatabasePath(dir, 'agence'), role: 'agence', conventions: 40, seed: 3 });
  return dir;
}

describe('cae csv', () => {
  it('exports every convention of the demo, header line first, through a temporary file', async () => {
    const dir = demoDir();
    const io = fakeIo(dir);
    expect(await runCsv(['conventions', '--out', 'conventions.csv', '--data-dir', dir, '--demo', 'agence'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toContain('Liste des conventions exportée au format CSV (40 lignes et l’en-tête)');
    const text = readFileSync(path.join(dir, 'conventions.csv'), 'utf8');
    expect(text.startsWith('\ufeffNuméro;Mesure;État;')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(41);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('accepts the French list names', async () => {
    const dir = demoDir();
    const headers = {
      employeurs: 'SIRET;Raison sociale;Statut juridique;Commune;Conventions',
      salaries: 'Nom et prénoms;NIR (masqué);Date de naissance;Conventions',
      echanges: 'Fichier;Sens;Type;N° de séquence;État;Lignes;Date',
    };
    for (const [name, header] of Object.entries(headers)) {
      const io = fakeIo(dir);
      expect(await runCsv([name, '--out', `${name}.csv`, '--data-dir', dir, '--demo', 'agence'], io)).toBe(0);
      expect(readFileSync(path.join(dir, `${name}.csv`), 'utf8').split('\r\n')[0]).toBe(`\ufeff${header}`);
    }
  });

  it('exports the accountant’s lists of an employer workspace: aid per month with its differences, exempted base per month and employee', async () => {
    const dir = tempDir();
    generateDemoWorkspace({ file: demoDatabasePath(dir, 'employeur'), role: 'employeur', conventions: 20, seed: 1 });
    let io = fakeIo(dir);
    expect(await runCsv(['aides', '--out', 'aides.csv', '--data-dir', dir, '--demo', 'employeur'], io)).toBe(0);
    expect(io.out()).toMatch(/^Aide attendue, reçue et écarts par mois exportée au format CSV \(\d+ lignes et l’en-tête\)/);
    const aids = readFileSync(path.join(dir, 'aides.csv'), 'utf8').split('\r\n');
    expect(aids[0]).toBe('\ufeffConvention;Mesure;Salarié;Période;Du;Au;Échéance;Aide attendue (€);Reçu (€);Écart (€);État;Explication;Références');
    // Seen from the demo's reference date (15/06/2009): nothing received after it, the rest still to come.
    expect(aids.some((l) => l.includes(';À venir;'))).toBe(true);
    expect(aids.filter((l) => /;\d{2}\/\d{2}\/\d{4};/.test(l)).length).toBeGreaterThan(10);
    io = fakeIo(dir);
    expect(await runCsv(['assiettes', '--out', 'assiettes.csv', '--data-dir', dir, '--demo', 'employeur'], io)).toBe(0);
    expect(io.out()).toContain('Assiette exonérée par mois et par salarié exportée au format CSV');
    const bases = readFileSync(path.join(dir, 'assiettes.csv'), 'utf8').split('\r\n');
    expect(bases[0]).toBe('\ufeffMois;Salarié;Convention;Mesure;Assiette exonérée (€)');
    expect(bases[1]).toMatch(/^[a-zéû]+ \d{4};[^;]+;\d{3}-\d{4}-\d{5}-\d{5};[^;]+;\d+,\d{2}$/);
  });

  it.each([
    [[], 'Indiquez une seule liste à exporter.'],
    [['factures', '--out', 'x.csv'], 'Liste « factures » inconnue'],
    [['conventions'], 'Indiquez le fichier CSV à écrire avec --out FICHIER.csv.'],
    [['conventions', '--out', 'x.csv', '--demo', 'mairie'], '--demo : rôle « mairie » inconnu'],
    [['conventions', '--out', 'x.csv', '--inconnue'], 'Usage : cae csv'],
  ])('refuses %j in French with exit 2', async (args, message) => {
    const io = fakeIo(tempDir());
    expect(await runCsv([...args], io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  it('says when the data folder holds no database, or the target cannot be written', async () => {
    const empty = tempDir();
    let io = fakeIo(empty);
    expect(await runCsv(['lots', '--out', 'x.csv', '--data-dir', empty], io)).toBe(2);
    expect(io.err()).toContain('Aucune base de données dans');
    const dir = demoDir();
    io = fakeIo(dir);
    expect(await runCsv(['lots', '--out', 'absent/x.csv', '--data-dir', dir, '--demo', 'agence'], io)).toBe(2);
    expect(io.err()).toContain('le dossier n’existe pas');
  });
});
