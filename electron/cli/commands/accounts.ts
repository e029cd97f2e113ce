/**
 * `cae comptes reinitialiser --identifiant X [--data-dir DIR]`: a new
 * password for an account of the workspace, for the only administrateur who
 * lost theirs (another administrateur does it in Paramètres, Comptes). Only
 * the system user who owns the data folder may run it (the folder is theirs:
 * they could read the database anyway), and not while the app holds the
 * folder. The password comes from the environment variable CAE_MOT_DE_PASSE,
 * never from the command line (other users of the machine see command lines).
 * The reset, and who ran it, go into the audit log.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { accountsChannels } from '../../../shared/api/accounts-contract';
import { systemClock } from '../../app/context';
import { resetPassword } from '../../services/accounts';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { COMMON_OPTIONS, openWorkspaceToWrite, usageGuard } from '../workspace-db';

const USAGE = 'Usage : cae comptes reinitialiser --identifiant X [--data-dir DIR] (nouveau mot de passe dans CAE_MOT_DE_PASSE)';
const PASSWORD_VARIABLE = 'CAE_MOT_DE_PASSE';

/** The system user running the command must own the data folder (POSIX; elsewhere the folder's permissions decide). */
function assertFolderOwner(dataDir: string, uid: number | undefined): void {
  if (uid === undefined) return;
  const owner = fs.statSync(dataDir).uid;
  if (owner !== uid) {
    throw new CliUsageError(`Seul l’utilisateur du système propriétaire du dossier de données (${dataDir}) peut réinitialiser un mot de passe.`);
  }
}

export function runAccounts(args: string[], io: CliIo, uid: number | undefined = process.getuid?.()): Promise<number> {
  return usageGuard(io, async () => {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, identifiant: { type: 'string' } }, strict: true, allowPositionals: true });
    if (positionals.length !== 1 || positionals[0] !== 'reinitialiser') throw new CliUsageError(USAGE);
    const parsed = accountsChannels['accounts.resetPassword'].input.safeParse({ login: values.identifiant ?? '', password: io.env[PASSWORD_VARIABLE] ?? '' });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const what = issue?.path[0] === 'password' ? `${PASSWORD_VARIABLE} : ${issue.message}` : `--identifiant : ${issue?.message ?? 'obligatoire'}`;
      throw new CliUsageError(`${what}.\n${USAGE}`);
    }
    const clock = systemClock(io.env);
    const { db, dataDir, close } = await openWorkspaceToWrite(io, values['data-dir'], values.demo, 'comptes');
    try {
      assertFolderOwner(dataDir, uid);
      resetPassword({ db, now: clock.now }, parsed.data, `commande cae comptes (utilisateur système ${os.userInfo().username})`);
      io.stdout(`Mot de passe du compte « ${parsed.data.login} » réinitialisé ; son verrouillage est levé.\n`);
      return EXIT.OK;
    } finally {
      close();
    }
  });
}
