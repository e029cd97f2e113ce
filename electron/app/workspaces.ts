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
import { openDatabase, openReadConnection, type Db, type OpenOptions } from '../db/connection';
import { encryptWalDatabase, fileEncryption } from '../db/encryption';
import { getWorkspace } from '../db/repositories/workspace';
import { OUTBOX_FOLDER, QUARANTINE_FOLDER, removeStaleTemporaries } from '../sync/files';
import { demoDatabasePath, mainDatabasePath } from './data-dir';
import { closeCleanly } from '../db/clean-close';
import { demoDefaults, generateDemoWorkspace } from './demo/generate';

/**
 * At start, the temporary files of writes killed before their rename are removed: lots, packages and quarantined
 * copies, backups (`sauvegardes/`) and the copy a restore checks beside the database.
 */
function cleanTemporaries(folder: string): void {
  for (const sub of ['', OUTBOX_FOLDER, QUARANTINE_FOLDER, BACKUP_FOLDER]) removeStaleTemporaries(path.join(folder, sub));
}

/** The passphrase of the user's own database, when known at start, and who keeps it once accepted (the desktop's keychain). */
export interface WorkspaceSecrets {
  /** Given at start (CAE_PHRASE_SECRETE): unlocks the user's own database without asking. */
  passphrase?: string | undefined;
  /** Called when a passphrase has opened or created the user's own database. */
  onPassphraseAccepted?: (passphrase: string) => void;
}

const notCreated = () => new AppError('WORKSPACE_NOT_READY', "L'espace de travail n'est pas encore créé : choisissez d'abord son rôle.");
const lockedError = () =>
  new AppError(
    'WORKSPACE_LOCKED',
    "L'espace de travail est chiffré : donnez sa phrase secrète pour l'ouvrir (écran d'accueil, ou variable CAE_PHRASE_SECRETE).",
  );

export class Workspaces {
  private main: Db | undefined;
  private demo: { db: Db; role: WorkspaceRole } | undefined;
  /** The passphrase of the user's own database (encryption at rest), kept in this process's memory only. */
  private passphrase: string | undefined;

  constructor(
    readonly dataDir: string,
    private readonly openOptions: OpenOptions = {},
    /** Called each time the user's own database is opened (the automatic backup, app/backups.ts). */
    private readonly onMainOpened: (db: Db) => void = () => {},
    private readonly secrets: WorkspaceSecrets = {},
  ) {
    this.passphrase = secrets.passphrase;
    // At start, even before the database is created or unlocked.
    cleanTemporaries(dataDir);
  }

  /** The connection every service uses. */
  current(): Db {
    return this.demo?.db ?? this.mainDb();
  }

  /** Like current(), but refuses until the user has chosen a role. */
  ready(): Db {
    const db = this.current();
    if (!getWorkspace(db)) throw notCreated();
    return db;
  }

  /** The open database, or none while the user's own is not created yet or still locked (no account can exist then). */
  openIfAvailable(): Db | undefined {
    if (this.demo) return this.demo.db;
    if (this.main) return this.main; // every guarded call comes here: no file read once open
    const stored = fileEncryption(this.mainFile());
    if (stored === 'new' || (stored === 'encrypted' && !this.main && this.passphrase === undefined)) return undefined;
    return this.mainDb();
  }

  state(): WorkspaceState {
    const stored = fileEncryption(this.mainFile());
    const encrypted = stored === 'encrypted';
    if (this.demo) return { active: 'demo', workspace: getWorkspace(this.demo.db), encrypted, locked: false };
    const db = this.openIfAvailable();
    return { active: 'main', workspace: db ? getWorkspace(db) : null, encrypted, locked: encrypted && !db };
  }

  /** The options of the open database: the user's own is opened with its passphrase, a demo (fictitious data) is not encrypted. */
  /** A read-only connection of its own to the open workspace, for a long read in slices (an export); the caller closes it. */
  openReader(): Db {
    return openReadConnection(this.ready().name, this.currentOpenOptions());
  }

  currentOpenOptions(): OpenOptions {
    return this.demo ? this.openOptions : this.mainOpenOptions();
  }

  /** The options of the user's own database, with its passphrase (its automatic backup runs while a demo may be open). */
  mainOpenOptions(): OpenOptions {
    return { ...this.openOptions, passphrase: this.passphrase };
  }

  /** The folder of the open database: where the app keeps the files it exchanges (`envois/`, `quarantaine/`). */
  folder(): string {
    return this.demo ? path.dirname(demoDatabasePath(this.dataDir, this.demo.role)) : this.dataDir;
  }

  /** The passphrase of the open database, for the files kept beside it encrypted (quarantine); none for a demo. */
  folderPassphrase(): string | undefined {
    return this.demo ? undefined : this.passphrase;
  }

  /**
   * The user's own database. It is created only by `create` (with its
   * passphrase, chosen on the welcome screen): before that, and while it is
   * encrypted and its passphrase not given, a French refusal.
   */
  mainDb(): Db {
    if (!this.main) {
      const stored = fileEncryption(this.mainFile());
      if (stored === 'new') throw notCreated();
      if (stored === 'encrypted' && this.passphrase === undefined) throw lockedError();
      this.openMain();
    }
    return this.main!;
  }

  /** Creates the user's own database, encrypted with `passphrase` (clear when none is given), or opens the one that exists. */
  create(passphrase: string | undefined): Db {
    if (this.main && passphrase !== undefined && !getWorkspace(this.main) && fileEncryption(this.mainFile()) === 'clear') {
      // Opened clear and still without a role (state() opens what it can): closed, to be encrypted below.
      this.main.close();
      this.main = undefined;
    }
    const stored = this.main ? 'open' : fileEncryption(this.mainFile());
    if (stored === 'new' || (stored === 'clear' && passphrase !== undefined && this.encryptRoleless(passphrase))) {
      this.passphrase = passphrase;
      this.openMain();
      if (passphrase !== undefined) this.secrets.onPassphraseAccepted?.(passphrase);
    }
    return this.mainDb();
  }

  /**
   * A clear database still without a role (an earlier version created it at the
   * first look at the welcome screen) is encrypted in place before the role is
   * written; one with a role is left as it is (its initialize is refused).
   */
  private encryptRoleless(passphrase: string): boolean {
    const db = openDatabase(this.mainFile(), this.openOptions);
    try {
      if (getWorkspace(db)) return false;
      encryptWalDatabase(db, passphrase);
      return true;
    } finally {
      db.close();
    }
  }

  /** Opens the user's own encrypted database with its passphrase; a wrong one is refused and nothing is kept. */
  unlock(passphrase: string): Db {
    if (this.main) return this.main;
    const before = this.passphrase;
    this.passphrase = passphrase;
    let db: Db;
    try {
      db = this.mainDb();
    } catch (error) {
      this.passphrase = before;
      throw error;
    }
    this.secrets.onPassphraseAccepted?.(passphrase);
    return db;
  }

  private mainFile(): string {
    return mainDatabasePath(this.dataDir);
  }

  private openMain(): void {
    this.main = openDatabase(this.mainFile(), this.mainOpenOptions());
    cleanTemporaries(this.dataDir);
    this.onMainOpened(this.main);
  }

  /** Closes the open database, runs `fn` on its file (a restore), then opens it again, even when `fn` failed. */
  withClosed<T>(fn: (file: string) => T): T {
    const role = this.demo?.role;
    const file = role ? demoDatabasePath(this.dataDir, role) : mainDatabasePath(this.dataDir);
    if (role) this.closeDemoConnection();
    else {
      if (this.main) closeCleanly(this.main);
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
    if (this.main) closeCleanly(this.main);
    this.main = undefined;
  }

  private closeDemoConnection(): void {
    if (this.demo) closeCleanly(this.demo.db);
    this.demo = undefined;
  }
}
