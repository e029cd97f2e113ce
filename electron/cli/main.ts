/**
 * The `cae` command line. Each command is a function of its arguments and an
 * I/O object, so tests run them in-process. Usage errors are French, exit 2.
 */
import { AppError } from '../../shared/api/result';
import { runCheck } from './commands/check';
import { runDeadline } from './commands/deadline';
import { runCsv } from './commands/csv';
import { runDemo } from './commands/demo';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runLots } from './commands/lots';
import { runObligations } from './commands/obligations';
import { runPrint } from './commands/print';
import { runAnnualReport } from './commands/annual-report';
import { runBackup, runRestore } from './commands/backup';
import { runConservation } from './commands/conservation';
import { runVerify } from './commands/verify';
import { runDecrypt } from './commands/decrypt';
import { runAccounts } from './commands/accounts';
import { runStart } from './commands/start';
import { CliUsageError, EXIT, processIo, type CliIo } from './io';
import { translateParseArgsError, withDemoDefault } from './options';

type Command = { run: (args: string[], io: CliIo) => Promise<number>; summary: string };

export const COMMANDS: Record<string, Command> = {
  start: { run: runStart, summary: "start [--demo [agence|employeur]] [--data-dir DIR] [--port N] [--no-open]  ouvre l'application (mode navigateur)" },
  check: {
    run: runCheck,
    summary:
      'check FICHIER [--json] [--today AAAA-MM-JJ]  vérifie une convention (cae.convention/1) et calcule ses montants ; check --all [--data-dir DIR] [--demo …]  vérifie toutes celles de l’espace de travail',
  },
  deadline: {
    run: runDeadline,
    summary: 'deadline jours-francs|jours-ouvres|jours|mois N AAAA-MM-JJ [--department DDD] [--json]  calcule un délai',
  },
  print: {
    run: runPrint,
    summary: 'print NUMÉRO --out FICHIER.pdf [--data-dir DIR] [--avenant N] [--demo agence|employeur]  imprime la convention (5 exemplaires)',
  },
  export: {
    run: runExport,
    summary:
      'export --to DIR [--max-lines N | --package SIRET] [--data-dir DIR] [--demo agence|employeur] [--json]  prépare les lots pour l’organisme payeur, ou le dossier de conventions d’un employeur',
  },
  import: {
    run: runImport,
    summary:
      'import FICHIER [--dry-run] [--verbose] [--data-dir DIR] [--demo …] [--json]  importe un fichier retour ou un dossier de conventions (résumé ; --verbose : ligne à ligne)',
  },
  lots: { run: runLots, summary: 'lots [--alert-days N] [--data-dir DIR] [--demo …] [--json]  état des lots échangés' },
  obligations: {
    run: runObligations,
    summary: 'obligations [--toutes] [--data-dir DIR] [--demo employeur] [--json]  obligations de l’employeur, par échéance (--toutes : faites comprises)',
  },
  'rapport-annuel': {
    run: runAnnualReport,
    summary:
      'rapport-annuel --year AAAA [--out FICHIER.pdf] [--data-dir DIR] [--demo employeur]  rapport annuel aux représentants du personnel (PDF, espace employeur)',
  },
  csv: {
    run: runCsv,
    summary:
      'csv conventions|employeurs|salaries|echanges|aides|assiettes --out FICHIER.csv [--data-dir DIR] [--demo agence|employeur]  exporte une liste en CSV',
  },
  backup: { run: runBackup, summary: 'backup [--data-dir DIR] [--demo …] [--json]  sauvegarde la base dans sauvegardes/, vérifiée (integrity_check)' },
  restore: {
    run: runRestore,
    summary:
      'restore FICHIER [--data-dir DIR] [--demo …] [--json]  restaure une sauvegarde vérifiée ; la base actuelle est gardée à côté (cae.avant-restauration-….sqlite)',
  },
  verify: {
    run: runVerify,
    summary: 'verify [--data-dir DIR] [--demo …] [--json]  vérifie la base (integrity_check) et la chaîne du journal d’audit ; dit où elle est rompue',
  },
  conservation: {
    run: runConservation,
    summary:
      'conservation [--archiver FICHIER] [--data-dir DIR] [--demo …] [--json]  conventions à archiver ; --archiver : archive chiffrée (phrase de passe dans CAE_PHRASE_ARCHIVE) puis suppression',
  },
  dechiffrer: {
    run: runDecrypt,
    summary: 'dechiffrer FICHIER.chiffre [--out FICHIER]  lit une copie gardée chiffrée en quarantaine (phrase secrète dans CAE_PHRASE_SECRETE)',
  },
  comptes: {
    run: (args, io) => runAccounts(args, io),
    summary:
      'comptes reinitialiser --identifiant X [--data-dir DIR]  nouveau mot de passe d’un compte (dans CAE_MOT_DE_PASSE) ; propriétaire du dossier de données seulement',
  },
  demo: { run: runDemo, summary: 'demo [--conventions N] [--seed S] [--role agence|employeur] [--data-dir DIR]  crée l’espace de démonstration' },
};

export function usage(): string {
  return `Usage : cae <commande> [options]\n\nCommandes :\n${Object.values(COMMANDS)
    .map((c) => `  cae ${c.summary}`)
    .join('\n')}\n`;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'aide') {
    io.stdout(usage());
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Commande inconnue : « ${name} ».\n${usage()}`);
    return EXIT.USAGE;
  }
  try {
    return await command.run(withDemoDefault(args), io);
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof AppError) {
      io.stderr(`${error.message}\n`);
      return EXIT.USAGE;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${translateParseArgsError(error.message)}\n${usage()}`);
      return EXIT.USAGE;
    }
    io.stderr(`Erreur : ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.USAGE;
  }
}
