import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { AppContext } from '../app/context';
import { inTransaction } from '../db/connection';
import { appendAudit } from '../db/repositories/audit';
import { getWorkspace, insertWorkspace } from '../db/repositories/workspace';

/** First start: the user names the workspace and chooses its role, once. */
export function initializeWorkspace(ctx: AppContext, input: ParsedInput<'workspace.initialize'>): ChannelOutput<'workspace.initialize'> {
  if (ctx.workspaces.state().active === 'demo') {
    throw new AppError('CONFLICT', "Quittez la démonstration avant de créer votre propre espace de travail.");
  }
  const db = ctx.workspaces.mainDb();
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
    appendAudit(db, { at: createdAt, actor: 'local', action: 'workspace.initialize', details: { role: input.role } });
  });
  return publish(ctx);
}

export function publish(ctx: AppContext) {
  const state = ctx.workspaces.state();
  ctx.emit('workspace.changed', state);
  return state;
}
