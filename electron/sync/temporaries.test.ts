/**
 * Issue #15, section 4: a write killed between its temporary file and the
 * rename (writeFileDurably) leaves `.LOT_….tmp` behind; the next start of the
 * workspace, or the next export into that folder, removes it. A live
 * process's temporary file is left alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../api/app-services';
import { useTempDir } from '../../test/helpers/temp-dir';
import { removeStaleTemporaries } from './files';

const tempDir = useTempDir('cae-temporaries-');
const unix = process.platform !== 'win32';

/** Runs writeFileDurably in a child process that is SIGKILLed where it would rename: its temporary file stays. */
function killedWrite(file: string): string {
  const script = [
    "import fs from 'node:fs';",
    `import { writeFileDurably } from ${JSON.stringify(path.resolve('electron/sync/files.ts'))};`,
    "fs.renameSync = () => process.kill(process.pid, 'SIGKILL');",
    `writeFileDurably(${JSON.stringify(file)}, '{"header":{}}');`,
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.signal).toBe('SIGKILL');
  const left = fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp'));
  expect(left).toHaveLength(1);
  return left[0]!;
}

describe('no temporary file is left after the next start', () => {
  it.runIf(unix)('a lot write killed before its rename leaves .LOT_….tmp in envois/; starting the app removes it', () => {
    const dataDir = tempDir();
    const outbox = path.join(dataDir, 'envois');
    fs.mkdirSync(outbox, { recursive: true });
    const left = killedWrite(path.join(outbox, 'LOT_69045_000001_20090615T080000Z.json'));
    expect(left).toMatch(/^\.LOT_69045_000001_20090615T080000Z\.json\.\d+\.tmp$/);
    // A live process's temporary file (this one's parent) is being written: kept.
    const live = `.LOT_69045_000002_20090615T080000Z.json.${process.ppid}.tmp`;
    fs.writeFileSync(path.join(outbox, live), '');

    // The start of the app, before its database is even created or unlocked.
    const app = createAppServices({ dataDir, mode: 'browser', today: () => '2009-06-15', now: () => '2009-06-15T08:00:00.000Z', log: () => undefined });
    expect(fs.readdirSync(outbox)).toEqual([live]);
    app.close();
  });

  it.runIf(unix)('a restore or a backup killed before its rename: starting the app removes its copy (data folder, sauvegardes/)', () => {
    const dataDir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    fs.mkdirSync(path.join(dataDir, 'sauvegardes'), { recursive: true });
    const restoring = path.join(dataDir, `.cae.sqlite.restauration.${dead}.tmp`);
    const backingUp = path.join(dataDir, 'sauvegardes', `.cae-2009-06-15-100000-manuelle.sqlite.${dead}.tmp`);
    for (const file of [restoring, backingUp]) fs.writeFileSync(file, 'SQLite format 3');
    // The start of the app, before its database is even created or unlocked.
    const app = createAppServices({ dataDir, mode: 'browser', today: () => '2009-06-15', now: () => '2009-06-15T08:00:00.000Z', log: () => undefined });
    expect([fs.existsSync(restoring), fs.existsSync(backingUp)]).toEqual([false, false]);
    app.close();
  });

  it.runIf(unix)('in a folder of `cae export --to DIR`, the next export removes it (removeStaleTemporaries)', () => {
    const dir = tempDir();
    killedWrite(path.join(dir, 'LOT_69045_000001_20090615T080000Z.json'));
    expect(removeStaleTemporaries(dir)).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(removeStaleTemporaries(path.join(dir, 'absent'))).toEqual([]);
  });
});
