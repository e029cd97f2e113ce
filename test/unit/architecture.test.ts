/**
 * The architecture's boundaries are lint rules; these tests make sure the
 * rules still bite (a weakened eslint config fails here).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..', '..') });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

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
});
