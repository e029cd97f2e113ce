import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/helpers/cli';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from '../db/migrate';
import { openCliDatabase } from './workspace-db';

const tempDir = useTempDir();

describe('a command opening a workspace', () => {
  it('says on stderr, once, that a workspace of an older version is brought up to date (migration 0020 rewrites its versions)', () => {
    const io = fakeIo(tempDir());
    const file = path.join(tempDir(), 'ancien.sqlite');
    const old = new Database(file);
    migrate(old, loadMigrations(), 19);
    old.close();
    const latest = loadMigrations().length;

    const db = openCliDatabase(io, file, true);
    expect(schemaVersion(db)).toBe(latest);
    db.close();
    expect(io.err()).toBe(
      `Mise à jour de l'espace de travail (schéma 19 → ${latest}), une seule fois : quelques secondes, jusqu'à une minute pour un très grand espace (200 000 conventions)…\n`,
    );
    expect(io.out()).toBe('');

    // Up to date now, and a new workspace has nothing to bring up to date: nothing said.
    openCliDatabase(io, file, true).close();
    openCliDatabase(io, path.join(tempDir(), 'neuf.sqlite'), true).close();
    expect(io.err().match(/Mise à jour/g)).toHaveLength(1);
  });
});
