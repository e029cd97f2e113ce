import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/helpers/cli';
import { useTempDir } from '../../test/helpers/temp-dir';
import { loadMigrations, migrate, schemaVersion } from '../db/migrate';
import { openCliDatabase } from './workspace-db';
import { generateDemoAtVersion } from '../../test/helpers/migrate';
import { mainDatabasePath } from '../app/data-dir';
import { main } from './main';

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

  it('says in French, exit 2, that the update stopped on a row it cannot convert, and leaves the workspace as it was (migration 0023)', async () => {
    const dir = tempDir();
    const file = mainDatabasePath(dir);
    generateDemoAtVersion({ file, role: 'agence', conventions: 5, seed: 2 }, 22);
    const old = new Database(file);
    old.prepare("UPDATE employees SET created_at = 'le 3 mars' WHERE id = 1").run();
    const before = old.prepare('SELECT * FROM employees ORDER BY id').all();
    old.close();

    const io = fakeIo(dir);
    expect(await main(['lots', '--data-dir', dir], io)).toBe(2);
    expect(io.err()).toBe(
      `Mise à jour de l'espace de travail (schéma 22 → ${loadMigrations().length}), une seule fois : quelques secondes, jusqu'à une minute pour un très grand espace (200 000 conventions)…\n` +
        "La mise à jour de l'espace de travail s'est arrêtée à l'étape 23 (integer-instants) sur une donnée qu'elle ne sait pas convertir " +
        "(NOT NULL constraint failed: employees.created_ms). L'espace reste au schéma 22, sans aucun changement : rien n'est perdu. " +
        "Gardez ce fichier et signalez ce message : une version de l'application qui s'arrête au schéma 22 l'ouvre toujours.\n",
    );
    expect(io.out()).toBe('');
    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(22);
    expect(after.prepare('SELECT * FROM employees ORDER BY id').all()).toEqual(before);
    after.close();
  });
});
