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
import { openDatabase, type Db, type OpenOptions } from '../db/connection';
import { getWorkspace } from '../db/repositories/workspace';
import { demoDatabasePath, mainDatabasePath } from './data-dir';
import { demoDefaults, generateDemoWorkspace } from './demo/generate';

export class Workspaces {
  private main: Db | undefined;
  private demo: { db: Db; role: WorkspaceRole } | undefined;

  constructor(
    readonly dataDir: string,
    private readonly openOptions: OpenOptions = {},
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
    this.main ??= openDatabase(mainDatabasePath(this.dataDir), this.openOptions);
    return this.main;
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
