/**
 * Concurrent writers on one data folder, with real processes: two imports of
 * one file give one result and one « déjà importé », never a SQL error; a
 * writing command is refused in French while the app holds the folder; a
 * lock left by a killed process is taken over, and said.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../test/helpers/agency-workspace';
import { fakeIo } from '../../test/helpers/cli';
import { useChildren } from '../../test/helpers/concurrency';
import { sentLot } from '../../test/helpers/sent-lot';
import { useTempDir } from '../../test/helpers/temp-dir';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runLots } from './commands/lots';

const tempDir = useTempDir('cae-concurrent-');
const child = useChildren();
const root = path.resolve(import.meta.dirname, '..', '..');
const env = { SOURCE_DATE_EPOCH: '1245052800' };

/** `cae ARGS` as a process (bin/cae.mjs, as `npx cae`). */
function cae(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const proc = spawn(process.execPath, [path.join(root, 'bin', 'cae.mjs'), ...args], { cwd: root, env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => proc.on('close', (code) => resolve({ code, out, err })));
}

const importedLots = (db: string) => (dumpTables(db).match(/"direction":"IN"/g) ?? []).length;

describe('concurrent writers on one data folder', () => {
  it('two `cae import` of one file at once: one applied, one « déjà importé », no SQL error', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const { db, reply } = await sentLot(dir, env);
    const runs = await Promise.all([0, 1].map(() => cae(['import', reply, '--data-dir', dir, '--demo', 'agence'])));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const titles = runs.map((r) => r.out.split('\n')[0]).sort();
    expect(titles[0]).toMatch(/^Déjà importé \(.*\) : rien n’a changé\.$/);
    expect(titles[1]).not.toMatch(/Déjà importé/);
    for (const r of runs) expect(r.err).not.toMatch(/SQLITE|UNIQUE|constraint/i);
    expect(importedLots(db)).toBe(1);
  });

  it('two processes importing one file through the service, without the folder lock: decided inside the transaction, one applied and one already', async () => {
    const dir = tempDir();
    const { db, reply } = await sentLot(dir, env);
    const both = await Promise.all([0, 1].map(() => child(['import', dir, db, reply])));
    const ended = both.map((c) => new Promise((resolve) => c.once('exit', resolve)));
    for (const c of both) c.stdin!.write('go\n');
    await Promise.all(ended);
    const kinds = both.map((c) => c.output().replace('prêt\n', '').trim()).sort();
    expect(kinds).toEqual(['already', 'applied']);
    expect(importedLots(db)).toBe(1);
  });

  it('a writing command while the application holds the folder is refused in French, naming it and since when, and changes nothing', async () => {
    const dir = tempDir();
    const { db, reply } = await sentLot(dir, env);
    const app = await child(['lock', dir, 'l’application (mode navigateur)']);
    const before = dumpTables(db);
    const io = { ...fakeIo(dir), env };
    expect(await runImport([reply, '--data-dir', dir, '--demo', 'agence'], io)).toBe(2);
    expect(io.err()).toMatch(
      new RegExp(
        `^Le dossier de données ${dir} est déjà utilisé par l’application \\(mode navigateur\\) \\(processus ${app.pid} sur .*\\) depuis le \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d`,
      ),
    );
    const exported = { ...fakeIo(dir), env };
    expect(await runExport(['--data-dir', dir, '--demo', 'agence', '--to', path.join(dir, 'out2')], exported)).toBe(2);
    expect(exported.err()).toMatch(/déjà utilisé par l’application \(mode navigateur\)/);
    expect(dumpTables(db)).toBe(before);
    // Reading commands and a dry run still work beside it (WAL).
    expect(await runLots(['--data-dir', dir, '--demo', 'agence'], { ...fakeIo(dir), env })).toBe(0);
    expect(await runImport([reply, '--data-dir', dir, '--demo', 'agence', '--dry-run'], { ...fakeIo(dir), env })).toBe(0);
  });

  it('a lock left by a killed process is taken over by the next command, which says so', async () => {
    const dir = tempDir();
    const { reply } = await sentLot(dir, env);
    const killed = await child(['lock', dir, 'la commande cae import']);
    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.once('exit', resolve));
    const io = { ...fakeIo(dir), env };
    expect(await runImport([reply, '--data-dir', dir, '--demo', 'agence'], io)).toBe(0);
    expect(io.err()).toMatch(
      new RegExp(`était resté verrouillé par la commande cae import \\(processus ${killed.pid}, arrêté sans le libérer\\) .* le verrou est repris\\.`),
    );
    expect(fs.existsSync(path.join(dir, '.verrou'))).toBe(false);
  });
});
