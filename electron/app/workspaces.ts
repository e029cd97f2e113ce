/**
 * The open workspace: the user's own database in the data folder, or a demo
 * database beside it (never mixed with real data). Services always ask this
 * manager for the current connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceState } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { WorkspaceRole } from '../../shared/domain/enums';
import { BACKUP_FOLDER } from '../db/backup-file';
import { openDatabase, type Db, type OpenOptions } from '../db/connection';
import { getWorkspace } from '../db/repositories/workspace';
import { OUTBOX_FOLDER, QUARANTINE_FOLDER, removeStaleTemporaries } from '../sync/files';
import { demoDatabasePath, mainDatabasePath } from './data-dir';
import { demoDefaults, generateDemoWorkspace } from './demo/generate';

/**
 * At start, the temporary files of writes killed before their rename are removed: lots, packages and quarantined
 * copies, backups (`sauvegardes/`) and the copy a restore checks beside the database.
 */
function cleanTemporaries(folder: string): void {
  for (const sub of ['', OUTBOX_FOLDER, QUARANTINE_FOLDER, BACKUP_FOLDER]) removeStaleTemporaries(path.join(folder, sub));
}

export class Workspaces {
  private main: Db | undefined;
  private demo: { db: Db; role: WorkspaceRole } | undefined;

  constructor(
    readonly dataDir: string,
    readonly openOptions: OpenOptions = {},
    /** Called each time the user's own database is opened (the automatic backup, app/backups.ts). */
    private readonly onMainOpened: (db: Db) => void = () => {},
  ) {}

  /** The connection every service uses. */
  current(): Db {
    return this.demo?.db ?? this.mainDb();
  }

  /** Like current(), but refuses until the user has chosen a role. */
  ready(): Db {
    const db = this.current();
    if (!getWorkspace(db)) {
      throw new AppError('WORKSPACE_NOT_READY', "L'espace de travail n'est pas encore créé : choisissez d'abord son rôle.");
    }
    return db;
  }

  state(): WorkspaceState {
    return { active: this.demo ? 'demo' : 'main', workspace: getWorkspace(this.current()) };
  }

  /** The folder of the open database: where the app keeps the files it exchanges (`envois/`, `quarantaine/`). */
  folder(): string {
    return this.demo ? path.dirname(demoDatabasePath(this.dataDir, this.demo.role)) : this.dataDir;
  }

  mainDb(): Db {
    if (!this.main) {
      this.main = openDatabase(mainDatabasePath(this.dataDir), this.openOptions);
      cleanTemporaries(this.dataDir);
      this.onMainOpened(this.main);
    }
    return this.main;
  }

  /** Closes the open database, runs `fn` on its file (a restore), then opens it again, even when `fn` failed. */
  withClosed<T>(fn: (file: string) => T): T {
    const role = this.demo?.role;
    const file = role ? demoDatabasePath(this.dataDir, role) : mainDatabasePath(this.dataDir);
    if (role) this.closeDemoConnection();
    else {
      this.main?.close();
      this.main = undefined;
    }
    try {
      return fn(file);
    } finally {
      if (role) this.openDemo(role);
      else this.mainDb();
    }
  }

  /** Opens the demo of that role, generating it first if the data folder has none. */
  openDemo(role: WorkspaceRole): WorkspaceState {
    if (this.demo?.role !== role) {
      this.closeDemoConnection();
      const file = demoDatabasePath(this.dataDir, role);
      if (!fs.existsSync(file)) {
        generateDemoWorkspace({ file, role, ...demoDefaults(role), openOptions: this.openOptions });
      }
      this.demo = { db: openDatabase(file, this.openOptions), role };
      cleanTemporaries(path.dirname(file));
    }
    return this.state();
  }

  closeDemo(): WorkspaceState {
    this.closeDemoConnection();
    return this.state();
  }

  close(): void {
    this.closeDemoConnection();
    this.main?.close();
    this.main = undefined;
  }

  private closeDemoConnection(): void {
    this.demo?.db.close();
    this.demo = undefined;
  }
}
