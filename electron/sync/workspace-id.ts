/** Who this workspace is in the exchanges, and its exchange settings. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/api/result';
import { ownEmployerSiret } from '../db/repositories/employers';
import { getSetting, getWorkspace } from '../db/repositories/workspace';

export const EXCHANGE_SETTINGS = {
  maxLinesPerLot: 'exchange.maxLinesPerLot',
  returnAlertDays: 'exchange.returnAlertDays',
  recipient: 'exchange.recipient',
} as const;

export const DEFAULT_MAX_LINES = 700;
export const DEFAULT_ALERT_DAYS = 30;
export const DEFAULT_RECIPIENT = 'CNASEA';

export interface ExchangeIdentity {
  role: 'agence' | 'employeur';
  emitter: string;
  recipient: string;
}

/** The identity, or what the workspace lacks to have one (a French sentence that says what to fill in). */
function identityOrMissing(db: Database): ExchangeIdentity | { missing: string } {
  const workspace = getWorkspace(db);
  if (!workspace) return { missing: "La base de données n'a pas d'espace de travail : créez-le d'abord dans l'application." };
  const recipient = getSetting<string>(db, EXCHANGE_SETTINGS.recipient) ?? DEFAULT_RECIPIENT;
  if (workspace.role === 'agence') {
    if (!workspace.agencyCode) return { missing: "L'espace de travail de l'agence n'a pas de code agence : renseignez-le avant d'échanger des fichiers." };
    return { role: 'agence', emitter: workspace.agencyCode, recipient };
  }
  const siret = ownEmployerSiret(db);
  if (!siret) return { missing: "L'espace de travail de l'employeur n'a pas d'employeur : renseignez-le avant d'échanger des fichiers." };
  return { role: 'employeur', emitter: siret, recipient };
}

/**
 * The agency's code, or the employer's SIRET (an employer workspace holds its
 * own employer first). A workspace that cannot exchange yet is refused
 * (CONFLICT) with what to fill in.
 */
export function exchangeIdentity(db: Database): ExchangeIdentity {
  const found = identityOrMissing(db);
  if ('missing' in found) throw new AppError('CONFLICT', found.missing);
  return found;
}

/** The identity, or null while the workspace cannot exchange yet (an employer knows its SIRET once its first package is imported). */
export function findExchangeIdentity(db: Database): ExchangeIdentity | null {
  const found = identityOrMissing(db);
  return 'missing' in found ? null : found;
}

export function settingNumber(db: Database, key: string, fallback: number): number {
  const value = getSetting<unknown>(db, key);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}
