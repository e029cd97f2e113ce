/**
 * Retention as the Paramètres screen sees it: the summary seen from the
 * workspace's day, the years setting, and « Archiver puis supprimer » into
 * `archives/` of the open workspace's folder (services/retention.ts).
 */
import path from 'node:path';
import type { ChannelOutput } from '../../shared/api/contract';
import { archiveAndPurge, ARCHIVE_FOLDER, retentionSummary, saveRetentionYears } from '../services/retention';
import { workspaceToday } from '../services/workspace-day';
import type { AppContext } from './context';

type RetentionHost = Pick<AppContext, 'workspaces' | 'now' | 'today' | 'pinned'>;

function workspaceRetention(ctx: RetentionHost): ChannelOutput<'retention.summary'> {
  const db = ctx.workspaces.ready();
  return { ...retentionSummary(db, workspaceToday(db, ctx)), folder: path.join(ctx.workspaces.folder(), ARCHIVE_FOLDER) };
}

function saveRetentionSettings(ctx: RetentionHost, years: number): ChannelOutput<'retention.saveSettings'> {
  saveRetentionYears(ctx.workspaces.ready(), years, ctx.now());
  return workspaceRetention(ctx);
}

function archiveAndPurgeDue(ctx: RetentionHost, passphrase: string): ChannelOutput<'retention.archiveAndPurge'> {
  const db = ctx.workspaces.ready();
  const now = ctx.now();
  const done = archiveAndPurge(db, ctx.workspaces.folder(), { passphrase, day: workspaceToday(db, ctx), now, at: new Date(now) });
  return { count: done.count, name: done.name, archive: done.archive, sha256: done.sha256, summary: workspaceRetention(ctx) };
}

/** The channels `retention.*`, seen from the workspace's day (a demo's reference date) like the dashboard's count. */
export function retentionHandlers(ctx: RetentionHost) {
  return {
    'retention.summary': () => workspaceRetention(ctx),
    'retention.saveSettings': ({ years }: { years: number }) => saveRetentionSettings(ctx, years),
    'retention.archiveAndPurge': ({ passphrase }: { passphrase: string }) => archiveAndPurgeDue(ctx, passphrase),
  };
}
