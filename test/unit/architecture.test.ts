/**
 * The architecture's boundaries are lint rules; these tests make sure the
 * rules still bite (a weakened eslint config fails here).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..', '..') });

async function messagesOf(ruleId: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const restrictedImports = (filePath: string, code: string) => messagesOf('no-restricted-imports', filePath, code);
const sqlOutsideDb = (filePath: string, code: string) => messagesOf('no-restricted-syntax', filePath, code);

const DB = "import type { Database } from 'better-sqlite3-multiple-ciphers';\n";

describe('architecture boundaries (lint)', () => {
  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['renderer/src/x.ts', "import fs from 'fs';\nexport const x = fs;\n"],
    ['renderer/src/x.ts', "import { openDatabase } from '../../electron/db/connection';\nexport const x = openDatabase;\n"],
    ['shared/x.ts', "import path from 'node:path';\nexport const x = path;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/x.ts', "import { main } from '../electron/cli/main';\nexport const x = main;\n"],
    ['electron/db/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/server/x.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n"],
    ['test/counterpart/x.ts', "import { parseExchangeFile } from '../../electron/sync/parse';\nexport const x = parseExchangeFile;\n"],
    ['test/counterpart/x.ts', "import { formatCents } from '../../shared/format/money';\nexport const x = formatCents;\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n"],
    ['electron/db/x.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['renderer/src/x.ts', "import { channels } from '../../shared/api/contract';\nexport const x = channels;\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });

  it.each([
    ['electron/services/x.ts', `${DB}export const n = (db: Database) => db.prepare('SELECT count(*) FROM conventions').get();\n`],
    ['electron/services/x.ts', `${DB}export const wipe = (db: Database) => db.exec('DELETE FROM exchange_lots');\n`],
    ['electron/sync/x.ts', `${DB}export const mode = (db: Database) => db.pragma('journal_mode');\n`],
    ['electron/exports/x.ts', `${DB}export const run = (db: Database) => db.transaction(() => 1)();\n`],
    ['electron/cli/commands/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const db = new Database('cae.sqlite');\n"],
    ['electron/app/x.ts', `${DB}export const n = (current: () => Database) => current().prepare('SELECT 1').pluck().get();\n`],
  ])('refuses SQL outside electron/db in %s: %s', async (file, code) => {
    const messages = await sqlOutsideDb(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/electron\/db/);
  });

  it.each([
    ['electron/db/repositories/x.ts', `${DB}export const n = (db: Database) => db.prepare('SELECT count(*) FROM conventions').get();\n`],
    ['electron/db/x.ts', `${DB}export const mode = (db: Database) => db.pragma('journal_mode');\n`],
    // Tests and their helpers set up and read fixtures.
    ['electron/services/x.test.ts', `${DB}export const wipe = (db: Database) => db.exec('DELETE FROM exchange_lots');\n`],
    ['test/helpers/agency-workspace.ts', `${DB}export const n = (db: Database) => db.prepare('SELECT 1').get();\n`],
    ['test/helpers/exchanges.ts', `${DB}export const n = (db: Database) => db.prepare('SELECT 1').get();\n`],
    // A regular expression's exec is no SQL.
    ['electron/cli/x.ts', 'export const code = (text: string) => /^(\\d{5})$/.exec(text)?.[1];\n'],
  ])('allows in %s: %s', async (file, code) => {
    expect(await sqlOutsideDb(file, code)).toEqual([]);
  });

  // shared/rules is pure and self-contained: what the rules need (vocabulary, French formats) lives in it.
  async function rulesLeaks(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'architecture/rules-self-contained').map((m) => m.message);
  }

  it.each([
    ['shared/rules/x.ts', "import { MEASURE_LABELS } from '../domain/enums';\nexport const x = MEASURE_LABELS;\n"],
    ['shared/rules/dates/x.ts', "import { formatDateFr } from '../../format/date';\nexport const x = formatDateFr;\n"],
    ['shared/rules/compute/x.ts', "export { channels } from '../../api/contract';\n"],
  ])('refuses in %s an import leaving shared/rules: %s', async (file, code) => {
    expect(await rulesLeaks(file, code)).toEqual([expect.stringMatching(/^shared\/rules ne dépend que de lui-même/)]);
  });

  it.each([
    ['shared/rules/compute/x.ts', "import { formatDay } from '../dates/day';\nexport const x = formatDay;\n"],
    ['shared/rules/x.ts', "import { MEASURES } from './vocabulary';\nimport { z } from 'zod';\nexport const x = z.enum(MEASURES);\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await rulesLeaks(file, code)).toEqual([]);
  });
});
