/**
 * Issue #15, section 3: the arguments of every command refused clearly. Each
 * bad date, number, year, role or name gets one French sentence on the error
 * output, exit code 2 (usage; 1 for content refused: a convention the rules
 * reject, a file `restore` will not take, a report for the other role), nothing on
 * the standard output, and the database unchanged (content hash). The commands
 * that read a file (`check`, `import`, `restore`) read only a regular file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/helpers/cli';
import { useTempDir } from '../../test/helpers/temp-dir';
import { mainDatabasePath } from '../app/data-dir';
import { generateDemoWorkspace } from '../app/demo/generate';
import { contentHash } from '../db/backup-file';
import { openDatabase } from '../db/connection';
import { main } from './main';

const tempDir = useTempDir('cae-cli-arguments-');
const unix = process.platform !== 'win32';

/** Words and shapes that betray a message left in English (node:util parseArgs, a stack trace). */
const ENGLISH = /\b(?:the|is|not|does|take|expected|unexpected|invalid|error|undefined|missing|unknown)\b|\bat [\w.]+ \(|Error:/i;

/** `DIR` is the data folder (the demo agency), `FIFO` a named pipe in it. */
type Row = [args: string[], exit: 1 | 2, message: RegExp];

const ROWS: Row[] = [
  [['check', 'c.json', '--today', '15/06/2009'], 2, /^--today attend une date AAAA-MM-JJ \(reçu « 15\/06\/2009 »\)\.$/],
  [['check', 'c.json', '--json=oui'], 2, /^L'option --json ne prend pas de valeur\.$/],
  [['deadline', 'semaines', '3', '2009-06-15'], 2, /^Type de délai inconnu « semaines »/],
  [['deadline', 'jours', '1e9', '2009-06-15'], 2, /^Le nombre « 1e9 » doit être un entier positif \(0 à 9999\)\.$/],
  [['deadline', 'jours', '99999999', '2009-06-15'], 2, /^Le nombre « 99999999 » doit être un entier positif/],
  [['deadline', 'mois', '3', '2009-02-30'], 2, /^La date « 2009-02-30 » n’est pas une date AAAA-MM-JJ qui existe\.$/],
  [['deadline', 'mois', '3', '20090615'], 2, /^La date « 20090615 » n’est pas une date AAAA-MM-JJ qui existe\.$/],
  [['deadline', 'jours-ouvres', '3', '2009-06-15', '--department', '99'], 2, /^Département inconnu « 99 »/],
  [['deadline', 'mois', '3'], 2, /^Trois arguments attendus/],
  [['print', 'X', '--out', 'x.pdf', '--avenant', 'deux', '--data-dir', 'DIR'], 2, /^--avenant attend le numéro de la version/],
  [['print', 'INCONNU', '--out', 'x.pdf', '--data-dir', 'DIR'], 2, /^Aucune convention ne porte le numéro « INCONNU »\.$/],
  [['export', '--to', 'OUT', '--max-lines', '0', '--data-dir', 'DIR'], 2, /^--max-lines : valeur attendue entre 1 et 100000, reçu 0\.$/],
  [['export', '--to', 'OUT', '--max-lines', 'beaucoup', '--data-dir', 'DIR'], 2, /^--max-lines : nombre entier attendu, reçu « beaucoup »\.$/],
  [['export', '--to', 'OUT', '--package', '123', '--data-dir', 'DIR'], 2, /^SIRET attendu : 14 chiffres \(reçu « 123 »\)\.$/],
  [['export', '--to', 'OUT', '--package', '12345678901234', '--data-dir', 'DIR'], 2, /^Aucun employeur de SIRET 12345678901234/],
  [['lots', '--alert-days', '-5', '--data-dir', 'DIR'], 2, /^L'option --alert-days attend une valeur\.$/],
  [['lots', '--alert-days', '3.5', '--data-dir', 'DIR'], 2, /^--alert-days : nombre entier attendu, reçu « 3\.5 »\.$/],
  [['lots', '--alert-days', '100000', '--data-dir', 'DIR'], 2, /^--alert-days : valeur attendue entre 1 et 3650/],
  [['lots', '--inconnue', '--data-dir', 'DIR'], 2, /^Option inconnue : --inconnue\.$/],
  [['obligations', '--data-dir', 'DIR'], 2, /^La liste des obligations est celle d’un espace employeur/],
  [['rapport-annuel', '--year', '99', '--data-dir', 'DIR'], 2, /^--year : année attendue : un nombre entier de 2005 à 2100/],
  [['rapport-annuel', '--year', '3000', '--data-dir', 'DIR'], 2, /reçu « 3000 »\.$/],
  [['rapport-annuel', '--year', '2009', '--data-dir', 'DIR'], 1, /^Le rapport annuel aux représentants du personnel est celui d’un employeur/],
  [['csv', 'clients', '--out', 'x.csv', '--data-dir', 'DIR'], 2, /^Liste « clients » inconnue/],
  [['csv', 'conventions', '--data-dir', 'DIR'], 2, /^Indiquez le fichier CSV à écrire avec --out FICHIER\.csv\.$/],
  [['demo', '--conventions', '-4', '--data-dir', 'DIR'], 2, /^L'option --conventions attend une valeur\.$/],
  [['import', '--data-dir', 'DIR'], 2, /./],
  [['restore', '--data-dir', 'DIR'], 2, /./],
  [['check', '/dev/zero'], 2, /^Impossible de lire \/dev\/zero : c’est un périphérique, pas un fichier : il pourrait ne jamais finir\.$/],
  [['check', 'FIFO'], 2, /c’est un tube nommé \(FIFO\), pas un fichier/],
  [['restore', '/dev/zero', '--data-dir', 'DIR'], 2, /^Le fichier zero n'est pas un fichier ordinaire : rien n'a été restauré\.$/],
  [['restore', 'FIFO', '--data-dir', 'DIR'], 2, /^Le fichier tube\.json n'est pas un fichier ordinaire : rien n'a été restauré\.$/],
  [['import', 'FIFO', '--data-dir', 'DIR'], 2, /c’est un tube nommé \(FIFO\), pas un fichier/],
];

function dataFolder(): { dir: string; fifo: string } {
  const dir = tempDir();
  generateDemoWorkspace({ file: mainDatabasePath(dir), role: 'agence', conventions: 30, seed: 1 });
  const fifo = path.join(dir, 'tube.json');
  if (unix) execFileSync('mkfifo', [fifo]);
  return { dir, fifo };
}

const hash = (dir: string) => {
  const db = openDatabase(mainDatabasePath(dir));
  try {
    return contentHash(db, []);
  } finally {
    db.close();
  }
};

describe.runIf(unix)('every command refuses a bad argument in one French sentence, exit code per the CLI, nothing changed (issue #15 §3)', () => {
  it.each(ROWS.map((row) => [row[0].join(' '), row] as const))('cae %s', async (_, [args, exit, message]) => {
    const { dir, fifo } = dataFolder();
    const before = hash(dir);
    const io = fakeIo(dir);
    const started = Date.now();
    const code = await main(
      args.map((a) => ({ DIR: dir, FIFO: fifo, OUT: path.join(dir, 'out') })[a] ?? a),
      io,
    );
    expect(Date.now() - started).toBeLessThan(5000); // a device or a FIFO is never read, nor waited on
    expect(code).toBe(exit);
    expect(io.out()).toBe('');
    const first = io.err().split('\n')[0]!;
    expect(first).toMatch(message);
    expect(first.replace(/«[^»]*»|\/\S+|--[\w-]+/g, '')).not.toMatch(ENGLISH);
    expect(io.err()).not.toMatch(/ {4}at |Error:/);
    expect(hash(dir)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
