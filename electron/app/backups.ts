/**
 * The backups of the open workspace, as the Paramètres screen sees them: the
 * list, « Sauvegarder maintenant », and the restore of a backup chosen by its
 * name in that list (never a path from the renderer), which closes the
 * database, swaps the files and opens it again. The automatic backup runs when
 * the user's own database opens and then every hour, at most once a day.
 */
import path from 'node:path';
import type { BackupList, BackupRestored } from '../../shared/api/backups-contract';
import { AppError } from '../../shared/api/result';
import type { Db } from '../db/connection';
import {
  autoBackupIfDue,
  backupDir,
  backupKeep,
  createBackup,
  listBackups,
  logRestore,
  restoreFile,
  saveBackupKeep,
  type BackupEntry,
} from '../services/backups';
import { publish } from '../services/workspace';
import type { AppContext } from './context';

type BackupHost = Pick<AppContext, 'workspaces' | 'now'>;
type RestoreHost = Pick<AppContext, 'workspaces' | 'now' | 'emit'>;

export function workspaceBackups(ctx: BackupHost): BackupList {
  const folder = ctx.workspaces.folder();
  return { folder: backupDir(folder), keep: backupKeep(ctx.workspaces.ready()), items: listBackups(folder) };
}

export function backupNow(ctx: BackupHost): BackupEntry {
  const now = ctx.now();
  return createBackup(ctx.workspaces.ready(), ctx.workspaces.folder(), {
    kind: 'manuelle',
    at: new Date(now),
    now,
    openOptions: ctx.workspaces.currentOpenOptions(),
  });
}

export function saveBackupSettings(ctx: BackupHost, keep: number): BackupList {
  saveBackupKeep(ctx.workspaces.ready(), keep, ctx.now());
  return workspaceBackups(ctx);
}

/** Restores the backup named `name` of the open workspace's list; the current database is kept aside; `workspace.changed` is published. */
export function restoreBackup(ctx: RestoreHost, name: string): BackupRestored {
  ctx.workspaces.ready();
  const folder = ctx.workspaces.folder();
  if (!listBackups(folder).some((b) => b.name === name)) {
    throw new AppError('NOT_FOUND', `La sauvegarde « ${name} » n'est pas dans la liste des sauvegardes de cet espace : rien n'a été restauré.`);
  }
  const now = ctx.now();
  const source = path.join(backupDir(folder), name);
  const options = ctx.workspaces.currentOpenOptions(); // read before the database is closed: it says which one is restored
  const restored = ctx.workspaces.withClosed((file) => restoreFile(file, source, new Date(now), options));
  logRestore(ctx.workspaces.current(), now, { file: name, ...restored });
  // The screens reload what they show: the workspace is the restored one.
  publish(ctx);
  return { name, aside: restored.aside, schemaVersion: restored.schemaVersion };
}

const HOUR = 60 * 60 * 1000;

/**
 * The automatic backup of the user's own database: when it opens and then every
 * hour while the app runs, at most one a day. A failure is reported to `log`
 * and never stops the app. Returns the hook for Workspaces and the timer's stop.
 */
export function automaticBackups(ctx: () => BackupHost, log: (error: unknown) => void): { onOpened: (db: Db) => void; stop: () => void } {
  let opened: Db | undefined;
  const run = (db: Db) => {
    try {
      const host = ctx();
      const now = host.now();
      autoBackupIfDue(db, host.workspaces.dataDir, { at: new Date(now), now, openOptions: host.workspaces.mainOpenOptions() });
    } catch (error) {
      log(error);
    }
  };
  const timer = setInterval(() => {
    if (opened?.open) run(opened);
  }, HOUR);
  timer.unref();
  return {
    onOpened: (db) => {
      opened = db;
      run(db);
    },
    stop: () => clearInterval(timer),
  };
}
