/**
 * `cae dechiffrer FICHIER [--out FICHIER]`: the clear content of a file the
 * app keeps sealed with the workspace's passphrase (a copy in quarantine and
 * its report, `.chiffre`), the passphrase given in CAE_PHRASE_SECRETE. To
 * stdout, or to a new file (0600) with --out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInputFile, writeFileDurably } from '../../sync/files';
import { sealedFormat, unseal } from '../../db/sealed-file';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { usageGuard } from '../workspace-db';

const USAGE = 'Usage : cae dechiffrer FICHIER.chiffre [--out FICHIER]  (phrase secrète dans CAE_PHRASE_SECRETE)';

export function runDecrypt(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, async () => {
    const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true, allowPositionals: true });
    if (positionals.length !== 1) throw new CliUsageError(`Indiquez un seul fichier à déchiffrer.\n${USAGE}`);
    const passphrase = io.env.CAE_PHRASE_SECRETE;
    if (!passphrase) throw new CliUsageError(`Donnez la phrase secrète de l’espace de travail dans la variable d’environnement CAE_PHRASE_SECRETE.\n${USAGE}`);
    const file = path.resolve(io.cwd, positionals[0]!);
    const read = readInputFile(file);
    if ('error' in read) throw new CliUsageError(`Impossible de lire ${file} : ${read.error}.`);
    const bytes = Buffer.from(read.bytes);
    const format = sealedFormat(bytes);
    if (format !== 'cae-quarantaine') throw new CliUsageError(`${file} n’est pas une copie chiffrée gardée en quarantaine par l’application.`);
    const clear = unseal(bytes, passphrase, format);
    if (values.out === undefined) {
      io.stdout(clear.toString('utf8'));
      return EXIT.OK;
    }
    const out = path.resolve(io.cwd, values.out);
    if (fs.existsSync(out)) throw new CliUsageError(`Le fichier ${out} existe déjà : choisissez un autre nom, rien n’a été écrit.`);
    writeFileDurably(out, clear);
    io.stdout(`Déchiffré dans ${out}.\n`);
    return EXIT.OK;
  });
}
