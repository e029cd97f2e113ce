import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { CHANNEL_ACCESS } from '../../shared/api/channel-access';
import { CHANNEL_NAMES } from '../../shared/api/contract';
import { createAppServices } from '../api/app-services';
import { mainDatabasePath } from '../app/data-dir';
import { generateDemoWorkspace } from '../app/demo/generate';
import { actorOf } from './conventions/state';
import { hashPassword, verifyPassword } from './accounts';

const tempDir = useTempDir();
const ADMIN = { login: 'jroux', displayName: 'Jeanne ROUX', role: 'administrateur' as const, password: 'correct cheval batterie' };
const MINUTE = 60_000;

/** The demo agency as the user's own workspace, the app on it with a wall clock the test moves. */
function setup() {
  const dir = tempDir();
  generateDemoWorkspace({ file: mainDatabasePath(dir), role: 'agence', conventions: 4, seed: 2 });
  const clock = { ms: Date.parse('2026-12-04T10:00:00Z') };
  const services = createAppServices({
    dataDir: dir,
    mode: 'browser',
    now: () => new Date(clock.ms).toISOString(),
    wallClock: () => clock.ms,
    log: () => undefined,
  });
  const db = services.workspaces.ready();
  const audit = () => db.prepare('SELECT actor, action FROM audit_log ORDER BY id').all() as { actor: string; action: string }[];
  const lastAudit = () => audit().at(-1);
  return { services, db, clock, audit, lastAudit, invoke: services.invoke };
}

async function ok<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
async function refused(reply: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const r = await reply;
  expect(r.ok).toBe(false);
  return r.error as { code: string; message: string };
}

describe('accounts are switched on per workspace (issue #15 §1)', () => {
  it('classifies every channel of the contract (public, read, write, admin)', () => {
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(
      Object.entries(CHANNEL_ACCESS)
        .filter(([, a]) => a === 'public')
        .map(([c]) => c),
    ).toEqual(['app.info', 'workspace.get', 'workspace.unlock', 'accounts.status', 'accounts.signIn', 'accounts.signOut']);
  });

  it('without an account, the workspace works as before: no sign-in, the actor is the workspace name', async () => {
    const { invoke, lastAudit, services } = setup();
    expect(await ok(invoke('accounts.status', {}))).toEqual({ enabled: false, signedIn: null, lockMinutes: 15 });
    await ok(invoke('settings.saveExchange', { maxLinesPerLot: 200, returnAlertDays: 20 }));
    expect(lastAudit()).toEqual({ actor: services.workspaces.state().workspace?.name, action: 'settings.exchange' });
    services.close();
  });

  it('the first account is an administrateur with a password of 12 characters at least, stored as a salted scrypt hash, never returned', async () => {
    const { invoke, db, services } = setup();
    expect((await refused(invoke('accounts.create', { ...ADMIN, password: 'court' }))).message).toMatch(/12 caractères au moins/);
    expect((await refused(invoke('accounts.create', { ...ADMIN, role: 'instructeur' }))).message).toMatch(/premier compte .* administrateur/);
    const status = await ok(invoke('accounts.create', ADMIN));
    expect(status).toEqual({ enabled: true, signedIn: { login: 'jroux', displayName: 'Jeanne ROUX', role: 'administrateur' }, lockMinutes: 15 });
    const hash = db.prepare('SELECT password_hash FROM accounts').pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    expect(hash).not.toContain(ADMIN.password);
    expect(hashPassword(ADMIN.password)).not.toBe(hash); // a random salt per hash
    expect(verifyPassword(ADMIN.password, hash)).toBe(true);
    expect(verifyPassword('correct cheval batterie!', hash)).toBe(false);
    const listed = JSON.stringify(await ok(invoke('accounts.list', {})));
    expect(listed).not.toContain('scrypt');
    expect(listed).not.toContain(ADMIN.password);
    expect((await refused(invoke('accounts.create', { ...ADMIN, displayName: 'Autre' }))).message).toMatch(/déjà pris/);
    services.close();
  });

  it('signs out and in; a wrong password is refused in French; 5 failures lock the account 15 minutes; each is in the audit log', async () => {
    const { invoke, clock, audit, services } = setup();
    await ok(invoke('accounts.create', ADMIN));
    await ok(invoke('accounts.signOut', {}));
    const denied = await refused(invoke('conventions.list', {}));
    expect(denied).toEqual({ code: 'SIGN_IN_REQUIRED', message: 'Connectez-vous pour accéder à cet espace de travail.' });
    expect((await ok(invoke('app.info', {}))).mode).toBe('browser');

    expect((await refused(invoke('accounts.signIn', { login: 'jroux', password: 'mauvais mot de passe' }))).message).toBe(
      'Identifiant ou mot de passe incorrect. Encore 4 essai(s) avant le verrouillage du compte pour 15 minutes.',
    );
    expect((await refused(invoke('accounts.signIn', { login: 'personne', password: 'x' }))).message).toBe('Identifiant ou mot de passe incorrect.');
    for (let i = 2; i <= 4; i++) await refused(invoke('accounts.signIn', { login: 'jroux', password: `faux ${i}` }));
    expect((await refused(invoke('accounts.signIn', { login: 'jroux', password: 'faux 5' }))).message).toMatch(
      /Après 5 essais manqués, le compte est verrouillé 15 minutes/,
    );
    // Locked: even the right password is refused, until 15 minutes have passed.
    expect((await refused(invoke('accounts.signIn', { login: 'JRoux', password: ADMIN.password }))).message).toMatch(
      /^Compte verrouillé après 5 essais manqués : réessayez après \d\d:\d\d\.$/,
    );
    clock.ms += 15 * MINUTE + 1000;
    const status = await ok(invoke('accounts.signIn', { login: 'jroux', password: ADMIN.password }));
    expect(status.signedIn?.displayName).toBe('Jeanne ROUX');
    expect((await ok(invoke('conventions.list', {}))).total).toBeGreaterThan(0);

    const actions = audit().map((a) => a.action);
    expect(actions.filter((a) => a === 'accounts.signInFailed')).toHaveLength(6);
    expect(actions.slice(-1)).toEqual(['accounts.signIn']);
    expect(actions).toContain('accounts.signOut');
    expect(JSON.stringify(services.workspaces.ready().prepare('SELECT details FROM audit_log').all())).not.toContain('faux');
    services.close();
  });

  it('lecture seule reads but every write channel is refused in French and the database is unchanged', async () => {
    const { invoke, db, services } = setup();
    await ok(invoke('accounts.create', ADMIN));
    await ok(invoke('accounts.create', { login: 'lecteur', displayName: 'Paul LECTEUR', role: 'lecture', password: 'lecture seulement 1' }));
    await ok(invoke('accounts.signOut', {}));
    await ok(invoke('accounts.signIn', { login: 'lecteur', password: 'lecture seulement 1' }));
    expect((await ok(invoke('conventions.list', {}))).total).toBeGreaterThan(0);
    const dump = () => ['settings', 'audit_log', 'accounts', 'conventions'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const before = dump();
    for (const write of [
      invoke('settings.saveExchange', { maxLinesPerLot: 10, returnAlertDays: 5 }),
      invoke('views.save', { name: 'Mes fins', filters: {} }),
      invoke('backups.restore', { name: 'cae-2026-12-04-100000-manuelle.sqlite' }),
      invoke('accounts.create', { ...ADMIN, login: 'pirate' }),
    ]) {
      const error = await refused(write);
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/lecture seule|administrateur/);
    }
    expect(dump()).toEqual(before);
    services.close();
  });

  it('an instructeur writes, as the actor of the change, but manages no account and restores no backup', async () => {
    const { invoke, db, lastAudit, services } = setup();
    await ok(invoke('accounts.create', ADMIN));
    await ok(invoke('accounts.create', { login: 'instr', displayName: 'Marc INSTRUCTEUR', role: 'instructeur', password: 'instruire 2009 !' }));
    await ok(invoke('accounts.signOut', {}));
    await ok(invoke('accounts.signIn', { login: 'instr', password: 'instruire 2009 !' }));
    await ok(invoke('settings.saveExchange', { maxLinesPerLot: 300, returnAlertDays: 30 }));
    expect(lastAudit()).toEqual({ actor: 'Marc INSTRUCTEUR', action: 'settings.exchange' });
    // A typed name does not replace the signed-in account.
    expect(actorOf({ db, now: () => '', today: () => '' }, 'Quelqu’un d’autre')).toBe('Marc INSTRUCTEUR');
    expect((await refused(invoke('accounts.list', {}))).message).toBe('Action réservée à un compte administrateur. Rien n’a été modifié.');
    expect((await refused(invoke('backups.restore', { name: 'cae-2026-12-04-100000-manuelle.sqlite' }))).code).toBe('FORBIDDEN');
    services.close();
  });

  it('locks the session after the minutes of inactivity set (15 by default), in French', async () => {
    const { invoke, clock, lastAudit, services } = setup();
    await ok(invoke('accounts.create', ADMIN));
    clock.ms += 14 * MINUTE;
    await ok(invoke('conventions.list', {}));
    clock.ms += 14 * MINUTE; // activity restarts the count
    await ok(invoke('accounts.saveSettings', { lockMinutes: 5 }));
    clock.ms += 5 * MINUTE + 1000;
    expect(await refused(invoke('conventions.list', {}))).toEqual({
      code: 'SIGN_IN_REQUIRED',
      message: "Session verrouillée après 5 minutes d'inactivité : reconnectez-vous.",
    });
    expect(lastAudit()).toEqual({ actor: 'Jeanne ROUX', action: 'accounts.idleLock' });
    expect((await ok(invoke('accounts.status', {}))).signedIn).toBeNull();
    services.close();
  });
});
