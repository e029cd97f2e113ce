/** The exchange settings of the open workspace: read with their defaults, saved in one transaction and audit-logged. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ExchangeSettings } from '../../../shared/api/exchange-settings-contract';
import { inTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import { getSetting, putSetting } from '../../db/repositories/workspace';
import { workspaceActor } from '../../db/repositories/accounts';
import { DEFAULT_ALERT_DAYS, DEFAULT_MAX_LINES, DEFAULT_RECIPIENT, EXCHANGE_SETTINGS, findExchangeIdentity, settingNumber } from '../../sync/workspace-id';

export function readExchangeSettings(db: Database): ExchangeSettings {
  return {
    // An employer workspace knows its SIRET once its first convention package is imported.
    emitter: findExchangeIdentity(db)?.emitter ?? null,
    recipient: getSetting<string>(db, EXCHANGE_SETTINGS.recipient) ?? DEFAULT_RECIPIENT,
    maxLinesPerLot: settingNumber(db, EXCHANGE_SETTINGS.maxLinesPerLot, DEFAULT_MAX_LINES),
    returnAlertDays: settingNumber(db, EXCHANGE_SETTINGS.returnAlertDays, DEFAULT_ALERT_DAYS),
  };
}

export function saveExchangeSettings(db: Database, input: { maxLinesPerLot: number; returnAlertDays: number }, now: string): ExchangeSettings {
  inTransaction(db, () => {
    const before = readExchangeSettings(db);
    putSetting(db, EXCHANGE_SETTINGS.maxLinesPerLot, input.maxLinesPerLot);
    putSetting(db, EXCHANGE_SETTINGS.returnAlertDays, input.returnAlertDays);
    appendAudit(db, { at: now, actor: workspaceActor(db), action: 'settings.exchange', entity: 'settings', details: { before, after: input } });
  });
  return readExchangeSettings(db);
}
