import type { ChannelOutput, EventName, EventPayload, ParsedInput, WorkspaceState } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { inTransaction, type Db } from '../db/connection';
import { appendAudit } from '../db/repositories/audit';
import { getWorkspace, insertWorkspace } from '../db/repositories/workspace';
import type { Clock } from './clock';

/** What these use cases need of the app context (electron/app/context.ts provides it). */
interface WorkspaceHost extends Pick<Clock, 'now'> {
  workspaces: { state: () => WorkspaceState; create: (passphrase: string | undefined) => Db; unlock: (passphrase: string) => Db };
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** First start: the user names the workspace and chooses its role, once. */
export function initializeWorkspace(ctx: WorkspaceHost, input: ParsedInput<'workspace.initialize'>): ChannelOutput<'workspace.initialize'> {
  if (ctx.workspaces.state().active === 'demo') {
    throw new AppError('CONFLICT', 'Quittez la démonstration avant de créer votre propre espace de travail.');
  }
  const db = ctx.workspaces.create(input.encrypt ? input.passphrase : undefined);
  inTransaction(db, () => {
    if (getWorkspace(db)) {
      throw new AppError('CONFLICT', "L'espace de travail existe déjà : son rôle ne peut pas être changé.");
    }
    const createdAt = ctx.now();
    insertWorkspace(db, {
      role: input.role,
      name: input.name,
      department: input.department ?? null,
      agencyCode: input.agencyCode ?? null,
      isDemo: false,
      createdAt,
    });
    appendAudit(db, {
      at: createdAt,
      actor: 'local',
      action: 'workspace.initialize',
      details: { role: input.role, encrypted: ctx.workspaces.state().encrypted },
    });
  });
  return publish(ctx);
}

/** Opens the user's encrypted database with its passphrase (logged); a wrong one is a French refusal and changes nothing. */
export function unlockWorkspace(ctx: WorkspaceHost, input: ParsedInput<'workspace.unlock'>): ChannelOutput<'workspace.unlock'> {
  if (!ctx.workspaces.state().locked) return ctx.workspaces.state();
  const db = ctx.workspaces.unlock(input.passphrase);
  inTransaction(db, () => appendAudit(db, { at: ctx.now(), actor: 'local', action: 'workspace.unlock' }));
  return publish(ctx);
}

export function publish(ctx: WorkspaceHost) {
  const state = ctx.workspaces.state();
  ctx.emit('workspace.changed', state);
  return state;
}
