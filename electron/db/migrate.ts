/**
 * Numbered plain-SQL migrations (`NNNN-name.sql`), applied in order, each in
 * its own transaction together with the `user_version` it brings the
 * database to. A database from a newer version of the app is refused before
 * anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { refreshNirDigests } from './nir-digest';
import { registerPackFunction } from './repositories/versions/packing';
import { AppError } from '../../shared/api/result';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** Where the .sql files are: beside this module in the sources, copied beside the bundle by electron-vite. */
function defaultMigrationsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, 'migrations');
  return fs.existsSync(beside) ? beside : path.join(here, 'db', 'migrations');
}

export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const m = MIGRATION_FILE.exec(file);
      if (!m) throw new Error(`Nom de migration invalide : ${file} (attendu NNNN-nom.sql)`);
      return { version: Number(m[1]), name: m[2]!, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations non consécutives : ${m.version} à la place ${i + 1}`);
  });
  return migrations;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws DB_TOO_NEW without writing anything when the file comes from a newer app. */
export function assertNotNewer(db: Database, migrations: Migration[]): void {
  const current = schemaVersion(db);
  const known = migrations.length;
  if (current > known) {
    throw new AppError(
      'DB_TOO_NEW',
      `Cette base de données vient d'une version plus récente de l'application (schéma ${current}, ` +
        `cette version connaît le schéma ${known}). Elle n'a pas été modifiée : installez la dernière version de l'application pour l'ouvrir.`,
    );
  }
}

/**
 * What a migration needs the app to compute, after its SQL and in the same
 * transaction: 0013 hashes the NIRs already stored (a keyed hash, which SQL
 * cannot compute), in hexadecimal as the column kept them until 0026.
 */
const AFTER_SQL: Partial<Record<number, (db: Database) => void>> = { 13: (db) => refreshNirDigests(db, 'hex') };

/** What a migration's SQL calls that SQL has not: 0020 packs each version document as the app stores it. */
const BEFORE_SQL: Partial<Record<number, (db: Database) => void>> = {
  20: registerPackFunction,
};

/** A row a migration's constraints refuse (0021: a payment due on neither end of its period; 0023: an instant that is no date). */
function isConstraintError(error: unknown): boolean {
  return String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/** The migration's transaction rolled back: the database stays at the version before it, unchanged by it. */
function upgradeStopped(db: Database, m: Migration, error: Error): AppError {
  const stayed = schemaVersion(db);
  return new AppError(
    'DB_UPGRADE_STOPPED',
    `La mise à jour de l'espace de travail s'est arrêtée à l'étape ${m.version} (${m.name}) sur une donnée qu'elle ne sait pas convertir ` +
      `(${error.message}). L'espace reste au schéma ${stayed}, sans aucun changement : rien n'est perdu. ` +
      `Gardez ce fichier et signalez ce message : une version de l'application qui s'arrête au schéma ${stayed} l'ouvre toujours.`,
  );
}

/** What a person waiting for the migrations of an existing database is told (the CLI on stderr, the browser-mode server in its console). */
export function upgradeNotice(from: number, to: number): string {
  return `Mise à jour de l'espace de travail (schéma ${from} → ${to}), une seule fois : quelques secondes, jusqu'à une minute pour un très grand espace (200 000 conventions)…\n`;
}

/** Applies the pending migrations up to `target` (all by default). Returns the versions applied. */
export function migrate(db: Database, migrations: Migration[], target = migrations.length): number[] {
  assertNotNewer(db, migrations);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db) || m.version > target) continue;
    // IMMEDIATE, and the version read again under the write lock: two processes opening one old database migrate it once.
    const run = db.transaction(() => {
      if (m.version <= schemaVersion(db)) return false;
      BEFORE_SQL[m.version]?.(db);
      db.exec(m.sql);
      AFTER_SQL[m.version]?.(db);
      db.pragma(`user_version = ${m.version}`);
      return true;
    });
    let done: boolean;
    try {
      done = run.immediate();
    } catch (error) {
      throw isConstraintError(error) ? upgradeStopped(db, m, error as Error) : error;
    }
    if (done) applied.push(m.version);
  }
  return applied;
}
