/**
 * The workspace's local accounts (migration 0012), and who acts on the open
 * database: the signed-in account's display name while accounts are on,
 * otherwise the workspace's name (a workspace without accounts has one user).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AccountRole } from '../../../shared/api/accounts-contract';
import { prepared } from '../statements';
import { getWorkspace } from './workspace';

export interface AccountRecord {
  id: number;
  login: string;
  displayName: string;
  role: AccountRole;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
}

const COLUMNS = `id, login, display_name AS displayName, role, password_hash AS passwordHash,
  failed_attempts AS failedAttempts, locked_until AS lockedUntil`;

export function countAccounts(db: Database): number {
  return prepared(db, 'SELECT count(*) FROM accounts').pluck().get() as number;
}

export function findAccount(db: Database, login: string): AccountRecord | undefined {
  return prepared<[string], AccountRecord>(db, `SELECT ${COLUMNS} FROM accounts WHERE login = ?`).get(login);
}

export function listAccountRows(db: Database): AccountRecord[] {
  return prepared<[], AccountRecord>(db, `SELECT ${COLUMNS} FROM accounts ORDER BY login`).all();
}

export function insertAccount(db: Database, a: { login: string; displayName: string; role: AccountRole; passwordHash: string; at: string }): void {
  prepared(
    db,
    `INSERT INTO accounts (login, display_name, role, password_hash, created_at, password_changed_at)
     VALUES (@login, @displayName, @role, @passwordHash, @at, @at)`,
  ).run(a);
}

export function setPassword(db: Database, login: string, passwordHash: string, at: string): number {
  return prepared(db, 'UPDATE accounts SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL WHERE login = ?').run(
    passwordHash,
    at,
    login,
  ).changes;
}

export function recordAttempt(db: Database, login: string, failedAttempts: number, lockedUntil: string | null): void {
  prepared(db, 'UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE login = ?').run(failedAttempts, lockedUntil, login);
}

/** The signed-in account's display name, per open database (a process holds one session per workspace). */
const signedIn = new WeakMap<Database, string>();

export function setSignedInActor(db: Database, displayName: string | null): void {
  if (displayName) signedIn.set(db, displayName);
  else signedIn.delete(db);
}

/** Who acts on this database: the signed-in account, else the workspace's name. */
export function workspaceActor(db: Database): string {
  return signedIn.get(db) ?? getWorkspace(db)?.name ?? 'local';
}

/** True while an account is signed in on this database: the actor is then that account, never a typed name. */
export function hasSignedInActor(db: Database): boolean {
  return signedIn.has(db);
}
