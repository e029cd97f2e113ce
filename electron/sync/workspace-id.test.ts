import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { useTempDir } from '../../test/helpers/temp-dir';
import { openDatabase } from '../db/connection';
import { insertWorkspace } from '../db/repositories/workspace';
import { readExchangeSettings } from '../services/exchanges/settings';
import { exchangeIdentity, findExchangeIdentity } from './workspace-id';

const tempDir = useTempDir('cae-identity-');

function workspace(role: 'agence' | 'employeur', agencyCode: string | null) {
  const db = openDatabase(path.join(tempDir(), `${role}.sqlite`));
  insertWorkspace(db, { role, name: 'Espace', department: '69', agencyCode, isDemo: false, createdAt: '2009-06-01T08:00:00Z' });
  return db;
}

describe('the exchange identity of a workspace', () => {
  it('refuses (CONFLICT, French) a workspace that cannot exchange yet, and says what to fill in; findExchangeIdentity answers null', () => {
    const agency = workspace('agence', null);
    expect(() => exchangeIdentity(agency)).toThrow(AppError);
    expect(() => exchangeIdentity(agency)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining("n'a pas de code agence : renseignez-le") }),
    );
    expect(findExchangeIdentity(agency)).toBeNull();
    agency.close();
    const employer = workspace('employeur', null);
    expect(() => exchangeIdentity(employer)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining("n'a pas d'employeur") }));
    expect(findExchangeIdentity(employer)).toBeNull();
    employer.close();
  });

  it('lets a database failure through instead of taking it for a missing identity', () => {
    const db = workspace('employeur', null);
    expect(readExchangeSettings(db).emitter).toBeNull();
    // From now on, reading the employers fails (a damaged table, say).
    db.exec("CREATE TEMP VIEW employers AS SELECT id, siret FROM main.employers WHERE json_extract('{', '$') IS NOT NULL");
    expect(() => readExchangeSettings(db)).toThrow('malformed JSON');
    expect(() => findExchangeIdentity(db)).toThrow('malformed JSON');
    db.close();
  });
});
