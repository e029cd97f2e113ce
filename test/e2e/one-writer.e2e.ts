/**
 * One writer per data folder, on the running app: a second server and a
 * writing `cae` command on its folder are refused in French, naming the app
 * and since when; reading commands still work; once the app is closed, the
 * folder is free again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { launchBrowserMode } from '../../electron/server/launch';
import { fakeIo } from '../helpers/cli';
import { invoke, startApp, useBrowser } from './harness';

const browser = useBrowser();
const HELD =
  /^Le dossier de données .* est déjà utilisé par l’application (\(mode navigateur\)|de bureau) \(processus \d+ sur .*\) depuis le \d\d\/\d\d\/\d{4} \d\d:\d\d : un seul programme à la fois peut y écrire\./;

describe('one writer per data folder', () => {
  it('refuses a second server and a writing command on the folder of the running app, in French; reading goes on', { timeout: 120_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-e2e-writer-'));
    const app = await startApp(browser, { demo: 'agence', dataDir });
    try {
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect(launchBrowserMode({ dataDir, openBrowser: false, log: () => undefined })).rejects.toThrow(HELD);

      const io = fakeIo(dataDir);
      expect(await main(['export', '--data-dir', dataDir, '--demo', 'agence', '--to', path.join(dataDir, 'ailleurs')], io)).toBe(2);
      expect(io.err()).toMatch(HELD);
      expect(fs.existsSync(path.join(dataDir, 'ailleurs'))).toBe(false);

      const reader = fakeIo(dataDir);
      expect(await main(['lots', '--data-dir', dataDir, '--demo', 'agence', '--json'], reader)).toBe(0);
      // The app itself still writes.
      expect((await invoke(app.page, 'views.save', { name: 'Vue du verrou', filters: {} })).map((v) => v.name)).toContain('Vue du verrou');
    } finally {
      await app.close();
    }
    // Closed: the folder is free for the next writer.
    const next = await launchBrowserMode({ dataDir, openBrowser: false, log: () => undefined });
    await next.shutdown();
    expect(fs.existsSync(path.join(dataDir, '.verrou'))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
