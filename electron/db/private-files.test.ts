import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { base64, exportedAndAnswered } from '../../test/helpers/exchanges';
import { openDatabase } from './connection';

const tempDir = useTempDir('cae-modes-');

/** Every file and folder under `dir` (itself included) with its permission bits, as `relative path: mode`. */
function modes(dir: string): Record<string, string> {
  const out: Record<string, string> = { '.': (fs.statSync(dir).mode & 0o777).toString(8) };
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    out[entry] = (fs.statSync(path.join(dir, entry)).mode & 0o777).toString(8);
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('files and folders of the data folder', () => {
  it('are readable by their owner only (files 0600, folders 0700): database, WAL, outbox lots, quarantine', async () => {
    const dataDir = path.join(tempDir(), 'donnees');
    const x = await exportedAndAnswered(dataDir);
    x.a.setToday('2008-06-20');
    const tampered = x.answer.text.replace('"code": "DUREE_HEBDO"', '"code": "TAUX_AIDE"');
    const refused = await x.a.ok('exchanges.import', { fileName: 'RET_modifie.json', base64: base64(tampered), dryRun: false });
    expect(refused.quarantined).not.toBeNull();
    const found = modes(dataDir);
    // What the steps above wrote: the database and its log, the lot in the outbox, the refused file and its report.
    const names = Object.keys(found);
    expect(names).toEqual(expect.arrayContaining(['cae.sqlite', 'cae.sqlite-wal', 'envois', 'quarantaine']));
    expect(names.some((n) => /^envois\/LOT_.*\.json$/.test(n))).toBe(true);
    expect(names.filter((n) => n.startsWith('quarantaine/'))).toHaveLength(2);
    const loose = Object.entries(found).filter(([name, mode]) => mode !== (fs.statSync(path.join(dataDir, name)).isDirectory() ? '700' : '600'));
    expect(loose).toEqual([]);
    x.a.app.close();
  });

  it('tightens a database, its WAL and shared memory left readable by others by an earlier version', () => {
    const file = path.join(tempDir(), 'ancienne', 'cae.sqlite');
    openDatabase(file).close();
    fs.chmodSync(file, 0o644);
    const db = openDatabase(file);
    try {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      db.prepare('CREATE TABLE IF NOT EXISTS t (x)').run();
      for (const f of [`${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    } finally {
      db.close();
    }
  });
});
