/** Who this workspace is in the exchanges, and its exchange settings. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements';
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

/** The agency's code, or the employer's SIRET (an employer workspace holds its own employer first). */
export function exchangeIdentity(db: Database): ExchangeIdentity {
  const workspace = getWorkspace(db);
  if (!workspace) throw new Error("La base de données n'a pas d'espace de travail : créez-le d'abord dans l'application.");
  const recipient = getSetting<string>(db, EXCHANGE_SETTINGS.recipient) ?? DEFAULT_RECIPIENT;
  if (workspace.role === 'agence') {
    if (!workspace.agencyCode) throw new Error("L'espace de travail de l'agence n'a pas de code agence : renseignez-le avant d'échanger des fichiers.");
    return { role: 'agence', emitter: workspace.agencyCode, recipient };
  }
  const own = prepared<[], { siret: string }>(db, 'SELECT siret FROM employers ORDER BY id LIMIT 1').get();
  if (!own) throw new Error("L'espace de travail de l'employeur n'a pas d'employeur : renseignez-le avant d'échanger des fichiers.");
  return { role: 'employeur', emitter: own.siret, recipient };
}

export function settingNumber(db: Database, key: string, fallback: number): number {
  const value = getSetting<unknown>(db, key);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}
