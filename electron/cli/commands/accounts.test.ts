/**
 * `cae comptes reinitialiser` (issue #15 §1): the only administrateur who lost
 * the password gets a new one from the system user owning the data folder.
 */
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../../test/helpers/cli';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { mainDatabasePath } from '../../app/data-dir';
import { generateDemoWorkspace } from '../../app/demo/generate';
import { openDatabase } from '../../db/connection';
import { createAccount, verifyPassword } from '../../services/accounts';
import { main } from '../main';
import { runAccounts } from './accounts';

const tempDir = useTempDir('cae-comptes-');
const NEW = 'nouveau mot de passe 2009';

function workspaceWithAdmin(): string {
  const dir = tempDir();
  generateDemoWorkspace({ file: mainDatabasePath(dir), role: 'agence', conventions: 2, seed: 4 });
  const db = openDatabase(mainDatabasePath(dir));
  createAccount(
    { db, now: () => '2009-06-15T08:00:00.000Z', clock: () => 0 },
    { login: 'jroux', displayName: 'Jeanne ROUX', role: 'administrateur', password: 'ancien mot de passe' },
  );
  db.prepare("UPDATE accounts SET failed_attempts = 0, locked_until = '2999-01-01T00:00:00.000Z'").run();
  db.close();
  return dir;
}

function account(dir: string) {
  const db = openDatabase(mainDatabasePath(dir));
  try {
    const row = db.prepare('SELECT password_hash AS hash, locked_until AS lockedUntil FROM accounts').get() as { hash: string; lockedUntil: string | null };
    const audit = db.prepare("SELECT actor FROM audit_log WHERE action = 'accounts.resetPassword'").pluck().all();
    return { ...row, audit };
  } finally {
    db.close();
  }
}

async function cae(dir: string, password: string | undefined, ...args: string[]) {
  const io = { ...fakeIo(dir), env: { SOURCE_DATE_EPOCH: '1245052800', ...(password ? { CAE_MOT_DE_PASSE: password } : {}) } };
  const code = await main(['comptes', ...args, '--data-dir', dir], io);
  return { code, out: io.out(), err: io.err() };
}

describe('cae comptes reinitialiser', () => {
  it('gives a new password (from CAE_MOT_DE_PASSE) and lifts the lock; the audit log names the system user', async () => {
    const dir = workspaceWithAdmin();
    const run = await cae(dir, NEW, 'reinitialiser', '--identifiant', 'jroux');
    expect(run).toMatchObject({ code: 0, out: 'Mot de passe du compte « jroux » réinitialisé ; son verrouillage est levé.\n' });
    const after = account(dir);
    expect(verifyPassword(NEW, after.hash)).toBe(true);
    expect(verifyPassword('ancien mot de passe', after.hash)).toBe(false);
    expect(after.lockedUntil).toBeNull();
    expect(after.audit).toEqual([expect.stringMatching(/^commande cae comptes \(utilisateur système .+\)$/)]);
  });

  it('refuses, changing nothing: a short password, no password, an unknown account, a system user who does not own the folder', async () => {
    const dir = workspaceWithAdmin();
    const before = account(dir);
    expect(await cae(dir, 'court', 'reinitialiser', '--identifiant', 'jroux')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^CAE_MOT_DE_PASSE : mot de passe trop court \(12 caractères au moins\)/),
    });
    expect(await cae(dir, undefined, 'reinitialiser', '--identifiant', 'jroux')).toMatchObject({ code: 2, err: expect.stringMatching(/^CAE_MOT_DE_PASSE/) });
    expect(await cae(dir, NEW, 'reinitialiser', '--identifiant', 'personne')).toMatchObject({ code: 2, err: 'Aucun compte « personne ».\n' });
    expect(await cae(dir, NEW, 'effacer')).toMatchObject({ code: 2, err: expect.stringMatching(/^Usage : cae comptes reinitialiser/) });
    const io = { ...fakeIo(dir), env: { CAE_MOT_DE_PASSE: NEW } };
    const uid = process.getuid?.() ?? 0;
    expect(await runAccounts(['reinitialiser', '--identifiant', 'jroux', '--data-dir', dir], io, uid + 1)).toBe(2);
    expect(io.err()).toMatch(/^Seul l’utilisateur du système propriétaire du dossier de données/);
    expect(account(dir)).toEqual(before);
  });
});
