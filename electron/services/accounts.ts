/**
 * Local accounts (issue #15 §1), switched on per workspace by its first
 * account. Passwords are hashed with scrypt (node:crypto), a random salt per
 * account and the parameters kept with the hash, compared in constant time;
 * they are never logged nor returned. The session lives here, in the main
 * process: one signed-in account per open database, ended after N minutes
 * without activity. Five failed sign-ins in a row lock the account 15 minutes.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type AccountRole, type AccountsStatus, type accountsChannels } from '../../shared/api/accounts-contract';
import type { ChannelAccess } from '../../shared/api/channel-access';
import { AppError } from '../../shared/api/result';
import type { z } from 'zod';
import { inTransaction } from '../db/connection';
import {
  countAccounts,
  findAccount,
  insertAccount,
  listAccountRows,
  recordAttempt,
  setPassword,
  setSignedInActor,
  workspaceActor,
} from '../db/repositories/accounts';
import { appendAudit } from '../db/repositories/audit';
import { getSetting, putSetting } from '../db/repositories/workspace';

const MAX_FAILED_SIGN_INS = 5;
const FAILED_LOCK_MINUTES = 15;
const LOCK_MINUTES_SETTING = 'accounts.lockMinutes';
const DEFAULT_LOCK_MINUTES = 15;

/** scrypt cost N, block size r, parallelism p; 64-byte key; 16-byte salt. */
const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;

export interface AccountsContext {
  db: Database;
  /** The instant written in the audit log. */
  now: () => string;
  /** Wall clock in milliseconds: inactivity and the lock after failed sign-ins. */
  clock: () => number;
}

type Input<C extends keyof typeof accountsChannels> = z.output<(typeof accountsChannels)[C]['input']>;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, KEY_LENGTH, { ...SCRYPT, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('hex'), key.toString('hex')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'hex');
  const actual = scryptSync(password, Buffer.from(salt, 'hex'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}

interface Session {
  login: string;
  displayName: string;
  role: AccountRole;
  lastActivity: number;
}
const sessions = new WeakMap<Database, Session>();

function startSession(db: Database, s: Session): void {
  sessions.set(db, s);
  setSignedInActor(db, s.displayName);
}

function endSession(db: Database): void {
  sessions.delete(db);
  setSignedInActor(db, null);
}

function lockMinutes(db: Database): number {
  return getSetting<number>(db, LOCK_MINUTES_SETTING) ?? DEFAULT_LOCK_MINUTES;
}

/** The session, ended first if it stayed idle longer than the setting. */
function liveSession(ctx: AccountsContext): Session | undefined {
  const s = sessions.get(ctx.db);
  if (s && ctx.clock() - s.lastActivity > lockMinutes(ctx.db) * 60_000) {
    appendAudit(ctx.db, { at: ctx.now(), actor: s.displayName, action: 'accounts.idleLock', details: { login: s.login } });
    endSession(ctx.db);
    return undefined;
  }
  return s;
}

export function accountsStatus(ctx: AccountsContext): AccountsStatus {
  const enabled = countAccounts(ctx.db) > 0;
  const s = enabled ? liveSession(ctx) : undefined;
  return { enabled, signedIn: s ? { login: s.login, displayName: s.displayName, role: s.role } : null, lockMinutes: lockMinutes(ctx.db) };
}

/**
 * The gate of every channel: nothing to check while the workspace has no account; otherwise a signed-in,
 * active session, and a role allowed to do that (lecture seule reads, instructeur writes, administrateur all).
 */
export function checkAccess(ctx: AccountsContext, access: ChannelAccess): void {
  if (access === 'public' || countAccounts(ctx.db) === 0) return;
  const idle = sessions.has(ctx.db);
  const s = liveSession(ctx);
  if (!s) {
    throw new AppError(
      'SIGN_IN_REQUIRED',
      idle
        ? `Session verrouillée après ${lockMinutes(ctx.db)} minutes d'inactivité : reconnectez-vous.`
        : 'Connectez-vous pour accéder à cet espace de travail.',
    );
  }
  s.lastActivity = ctx.clock();
  if (access === 'write' && s.role === 'lecture') {
    throw new AppError('FORBIDDEN', 'Compte en lecture seule : cette action modifie les données, elle vous est refusée. Rien n’a été modifié.');
  }
  if (access === 'admin' && s.role !== 'administrateur') {
    throw new AppError('FORBIDDEN', 'Action réservée à un compte administrateur. Rien n’a été modifié.');
  }
}

const WRONG = 'Identifiant ou mot de passe incorrect.';
/** Compared against when the login is unknown: the reply takes as long as for a known one. */
let decoy: string | undefined;

function hhmm(ms: number): string {
  return new Date(ms).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
}

export function signIn(ctx: AccountsContext, input: Input<'accounts.signIn'>): AccountsStatus {
  const account = findAccount(ctx.db, input.login);
  if (!account) {
    verifyPassword(input.password, (decoy ??= hashPassword('decoy-password-never-used')));
    appendAudit(ctx.db, { at: ctx.now(), actor: input.login, action: 'accounts.signInFailed', details: { login: input.login, reason: 'unknown' } });
    throw new AppError('FORBIDDEN', WRONG);
  }
  const lockedUntil = account.lockedUntil ? Date.parse(account.lockedUntil) : 0;
  if (lockedUntil > ctx.clock()) {
    throw new AppError('FORBIDDEN', `Compte verrouillé après ${MAX_FAILED_SIGN_INS} essais manqués : réessayez après ${hhmm(lockedUntil)}.`);
  }
  if (!verifyPassword(input.password, account.passwordHash)) {
    const failed = (lockedUntil ? 0 : account.failedAttempts) + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS ? ctx.clock() + FAILED_LOCK_MINUTES * 60_000 : null;
    inTransaction(ctx.db, () => {
      recordAttempt(ctx.db, account.login, lock ? 0 : failed, lock ? new Date(lock).toISOString() : null);
      appendAudit(ctx.db, {
        at: ctx.now(),
        actor: account.displayName,
        action: 'accounts.signInFailed',
        details: { login: account.login, failed, locked: !!lock },
      });
    });
    if (lock) {
      throw new AppError(
        'FORBIDDEN',
        `${WRONG} Après ${MAX_FAILED_SIGN_INS} essais manqués, le compte est verrouillé ${FAILED_LOCK_MINUTES} minutes (jusqu'à ${hhmm(lock)}).`,
      );
    }
    throw new AppError(
      'FORBIDDEN',
      `${WRONG} Encore ${MAX_FAILED_SIGN_INS - failed} essai(s) avant le verrouillage du compte pour ${FAILED_LOCK_MINUTES} minutes.`,
    );
  }
  inTransaction(ctx.db, () => {
    recordAttempt(ctx.db, account.login, 0, null);
    appendAudit(ctx.db, { at: ctx.now(), actor: account.displayName, action: 'accounts.signIn', details: { login: account.login } });
  });
  startSession(ctx.db, { login: account.login, displayName: account.displayName, role: account.role, lastActivity: ctx.clock() });
  return accountsStatus(ctx);
}

export function signOut(ctx: AccountsContext): AccountsStatus {
  const s = sessions.get(ctx.db);
  if (s) {
    appendAudit(ctx.db, { at: ctx.now(), actor: s.displayName, action: 'accounts.signOut', details: { login: s.login } });
    endSession(ctx.db);
  }
  return accountsStatus(ctx);
}

export function listAccounts(ctx: AccountsContext) {
  return listAccountRows(ctx.db).map((a) => ({
    login: a.login,
    displayName: a.displayName,
    role: a.role,
    locked: !!a.lockedUntil && Date.parse(a.lockedUntil) > ctx.clock(),
  }));
}

/** A new account; the workspace's first one must be an administrateur, and it is signed in at once (accounts are then on). */
export function createAccount(ctx: AccountsContext, input: Input<'accounts.create'>): AccountsStatus {
  const first = countAccounts(ctx.db) === 0;
  if (first && input.role !== 'administrateur') {
    throw new AppError('INVALID_INPUT', 'Le premier compte de l’espace de travail doit être un administrateur.');
  }
  if (findAccount(ctx.db, input.login)) throw new AppError('CONFLICT', `L'identifiant « ${input.login} » est déjà pris.`);
  const passwordHash = hashPassword(input.password);
  const actor = workspaceActor(ctx.db);
  inTransaction(ctx.db, () => {
    insertAccount(ctx.db, { login: input.login, displayName: input.displayName, role: input.role, passwordHash, at: ctx.now() });
    appendAudit(ctx.db, { at: ctx.now(), actor, action: 'accounts.create', details: { login: input.login, role: input.role, first } });
  });
  if (first) startSession(ctx.db, { login: input.login, displayName: input.displayName, role: input.role, lastActivity: ctx.clock() });
  return accountsStatus(ctx);
}

/** A new password for an account (another administrateur's, or the CLI's for the only one): its lock is lifted. */
export function resetPassword(ctx: Pick<AccountsContext, 'db' | 'now'>, input: Input<'accounts.resetPassword'>, actor = workspaceActor(ctx.db)): void {
  const passwordHash = hashPassword(input.password);
  inTransaction(ctx.db, () => {
    if (setPassword(ctx.db, input.login, passwordHash, ctx.now()) === 0) throw new AppError('NOT_FOUND', `Aucun compte « ${input.login} ».`);
    appendAudit(ctx.db, { at: ctx.now(), actor, action: 'accounts.resetPassword', details: { login: input.login } });
  });
}

export function saveAccountSettings(ctx: AccountsContext, minutes: number): AccountsStatus {
  const before = lockMinutes(ctx.db);
  inTransaction(ctx.db, () => {
    putSetting(ctx.db, LOCK_MINUTES_SETTING, minutes);
    appendAudit(ctx.db, { at: ctx.now(), actor: workspaceActor(ctx.db), action: 'settings.accounts', entity: 'settings', details: { before, after: minutes } });
  });
  return accountsStatus(ctx);
}
