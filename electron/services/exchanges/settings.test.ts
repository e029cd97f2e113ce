import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeSettingsChannels } from '../../../shared/api/exchange-settings-contract';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { openDatabase } from '../../db/connection';
import { insertWorkspace } from '../../db/repositories/workspace';
import { readExchangeSettings, saveExchangeSettings } from './settings';

const tempDir = useTempDir();

function agencyDb() {
  const db = openDatabase(path.join(tempDir(), 'agence.sqlite'));
  insertWorkspace(db, { role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012', isDemo: false, createdAt: '2009-06-01T08:00:00Z' });
  return db;
}

describe('exchange settings (docs/exchange-format.md: exchange.maxLinesPerLot, exchange.returnAlertDays)', () => {
  it('reads the defaults: 700 lines per lot, an alert after 30 days, the agency code as emitter, CNASEA as recipient', () => {
    const db = agencyDb();
    expect(readExchangeSettings(db)).toEqual({ emitter: '69012', recipient: 'CNASEA', maxLinesPerLot: 700, returnAlertDays: 30 });
    db.close();
  });

  it('saves both values in one write, logs the change in the audit log, and returns what is now in force', () => {
    const db = agencyDb();
    const saved = saveExchangeSettings(db, { maxLinesPerLot: 250, returnAlertDays: 45 }, '2009-06-15T08:00:00Z');
    expect(saved).toMatchObject({ maxLinesPerLot: 250, returnAlertDays: 45 });
    expect(readExchangeSettings(db)).toEqual(saved);
    const audit = db.prepare("SELECT actor, details FROM audit_log WHERE action = 'settings.exchange'").get() as { actor: string; details: string };
    expect(audit.actor).toBe('ALE de Lyon');
    expect(JSON.parse(audit.details)).toMatchObject({
      before: { maxLinesPerLot: 700, returnAlertDays: 30 },
      after: { maxLinesPerLot: 250, returnAlertDays: 45 },
    });
    db.close();
  });

  it('has no emitter yet in an employer workspace that does not know its SIRET', () => {
    const db = openDatabase(path.join(tempDir(), 'employeur.sqlite'));
    insertWorkspace(db, {
      role: 'employeur',
      name: 'Association Exemple',
      department: null,
      agencyCode: null,
      isDemo: false,
      createdAt: '2009-06-01T08:00:00Z',
    });
    expect(readExchangeSettings(db).emitter).toBeNull();
    db.close();
  });

  it('refuses out-of-range or non-integer values with French messages', () => {
    const input = exchangeSettingsChannels['settings.saveExchange'].input;
    const message = (value: unknown) => input.safeParse(value).error?.issues[0]?.message;
    expect(message({ maxLinesPerLot: 0, returnAlertDays: 30 })).toBe('au moins 1 ligne par lot');
    expect(message({ maxLinesPerLot: 100_001, returnAlertDays: 30 })).toBe('au plus 100\u202f000 lignes par lot');
    expect(message({ maxLinesPerLot: 700, returnAlertDays: 1.5 })).toBe('nombre entier de jours attendu');
    expect(message({ maxLinesPerLot: 700, returnAlertDays: 400 })).toBe('au plus 365 jours');
    expect(input.safeParse({ maxLinesPerLot: 700, returnAlertDays: 30 }).success).toBe(true);
  });
});
