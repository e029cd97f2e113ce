import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../../test/helpers/cli';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { mainDatabasePath } from '../../app/data-dir';
import { generateDemoWorkspace } from '../../app/demo/generate';
import { contentHash } from '../../db/backup-file';
import { openDatabase } from '../../db/connection';
import { main } from '../main';

const tempDir = useTempDir();
const env = { SOURCE_DATE_EPOCH: '1796378400' }; // 2026-12-04T10:00:00Z

async function cae(dir: string, ...args: string[]) {
  const io = { ...fakeIo(dir), env };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function hashOf(file: string): string {
  const db = openDatabase(file);
  try {
    return contentHash(db);
  } finally {
    db.close();
  }
}

describe('cae backup and cae restore', () => {
  it('backs up, the database changes, restores: same content hash, the changed base kept aside, the restore in the audit log', async () => {
    const dir = tempDir();
    const file = mainDatabasePath(dir);
    generateDemoWorkspace({ file, role: 'employeur', conventions: 10, seed: 3 });
    const before = hashOf(file);

    const backup = await cae(dir, 'backup', '--data-dir', dir);
    expect(backup.code).toBe(0);
    const written = /Sauvegarde écrite et vérifiée : (\S+) \(/.exec(backup.out)?.[1];
    expect(written).toMatch(/sauvegardes\/cae-\d{4}-\d{2}-\d{2}-\d{6}-manuelle\.sqlite$/);

    const db = openDatabase(file);
    db.exec("UPDATE employees SET last_name = 'CHANGÉ'");
    db.close();
    expect(hashOf(file)).not.toBe(before);

    const restore = await cae(dir, 'restore', written!, '--data-dir', dir);
    expect(restore).toMatchObject({ code: 0, err: '' });
    expect(restore.out).toMatch(/^Base restaurée depuis .+ \(schéma \d+\)\. La base précédente est gardée dans .+cae\.avant-restauration-.+\.sqlite\.\n$/);
    expect(hashOf(file)).toBe(before);
    const restored = openDatabase(file);
    expect(restored.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'backup.restore'").get()).toEqual({ n: 1 });
    restored.close();
  });

  it('refuses a file that is not a database, a damaged one and a newer schema, exit 1 with a French sentence, the database untouched', async () => {
    const dir = tempDir();
    const file = mainDatabasePath(dir);
    generateDemoWorkspace({ file, role: 'agence', conventions: 5, seed: 2 });
    const before = hashOf(file);
    const notDb = path.join(dir, 'notes.txt');
    fs.writeFileSync(notDb, 'bonjour\n'.repeat(300));
    const newer = path.join(dir, 'future.sqlite');
    fs.copyFileSync(file, newer);
    const future = openDatabase(newer);
    future.pragma('user_version = 500');
    future.close();
    const damaged = path.join(dir, 'abimee.sqlite');
    fs.copyFileSync(file, damaged);
    const size = fs.statSync(damaged).size;
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), Math.floor(size / 4));
    fs.closeSync(fd);

    expect(await cae(dir, 'restore', notDb, '--data-dir', dir)).toEqual({
      code: 1,
      out: '',
      err: "Le fichier notes.txt n'est pas une base de données SQLite : rien n'a été restauré.\n",
    });
    const newerRun = await cae(dir, 'restore', newer, '--data-dir', dir);
    expect(newerRun.code).toBe(1);
    expect(newerRun.err).toMatch(
      /^Le fichier future\.sqlite vient d'une version plus récente de l'application \(schéma 500, .*\) : rien n'a été restauré\.\n$/,
    );
    const damagedRun = await cae(dir, 'restore', damaged, '--data-dir', dir);
    expect(damagedRun.code).toBe(1);
    expect(damagedRun.err).toMatch(/^Le fichier abimee\.sqlite est endommagé .* : rien n'a été restauré\.\n$/);
    expect(await cae(dir, 'restore', path.join(dir, 'absent.sqlite'), '--data-dir', dir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/introuvable : rien n'a été restauré/),
    });
    expect(await cae(dir, 'restore', '--data-dir', dir)).toMatchObject({ code: 2, err: expect.stringMatching(/^Usage : cae restore FICHIER/) });
    // Not a regular file: unreadable input, exit 2 like the other commands (issue #15 §3).
    expect(await cae(dir, 'restore', dir, '--data-dir', dir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/n'est pas un fichier ordinaire : rien n'a été restauré/),
    });
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes('avant-restauration') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('says in French that there is no database to back up', async () => {
    const dir = tempDir();
    expect(await cae(dir, 'backup', '--data-dir', dir)).toMatchObject({ code: 2, err: expect.stringMatching(/^Aucune base de données dans /) });
  });
});
