import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, channels, type Channel } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices } from './app-services';
import { createDispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

const tempDir = useTempDir();

/** Handlers that record being called; none should be for an invalid payload. */
function spyHandlers() {
  const calls: Channel[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      () => {
        calls.push(name);
        throw new AppError('INTERNAL', 'ne doit pas être appelé');
      },
    ]),
  ) as unknown as Handlers;
  return { calls, handlers };
}

/** Payloads no channel accepts: not objects, or carrying an unknown key. */
const INVALID_PAYLOADS: unknown[] = [42, 'texte', [], true, { champInconnu: 1 }, { __proto__: { polluted: true }, x: 1 }];

describe('API contract and dispatch', () => {
  it('binds exactly one handler per channel, and no handler without a channel', () => {
    const services = createAppServices({ dataDir: tempDir(), mode: 'browser' });
    const handlers = createHandlers({ workspaces: services.workspaces } as never);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    services.close();
  });

  it.each(CHANNEL_NAMES)('rejects invalid payloads on « %s » before any handler runs, in French', async (channel) => {
    const { calls, handlers } = spyHandlers();
    const dispatch = createDispatch(handlers, () => undefined);
    for (const payload of INVALID_PAYLOADS) {
      const reply = await dispatch(channel, payload);
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!reply.ok) expect(reply.error.message).toMatch(/Données refusées pour « .+ » :/);
    }
    expect(calls).toEqual([]);
  });

  it('quotes unknown keys as JSON strings: a key holding a quote mark stays inside its quotes (fuzz counterexample)', async () => {
    const { calls, handlers } = spyHandlers();
    const dispatch = createDispatch(handlers, () => undefined);
    const reply = await dispatch('backups.create', { '"': '', Is: false });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toBe('Données refusées pour « backups.create » : Clés non reconnues : "\\"", "Is"');
    const one = await dispatch('backups.create', { inconnue: 1 });
    if (!one.ok) expect(one.error.message).toBe('Données refusées pour « backups.create » : Clé non reconnue : "inconnue"');
    expect(calls).toEqual([]);
  });

  it('rejects unknown channels, including prototype names', async () => {
    const { calls, handlers } = spyHandlers();
    const dispatch = createDispatch(handlers, () => undefined);
    for (const name of ['inconnu', 'constructor', '__proto__', 'toString', 42, null]) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(calls).toEqual([]);
  });

  it('turns service errors into French replies and hides internal ones', async () => {
    const log = vi.fn();
    const handlers = {
      ...spyHandlers().handlers,
      'workspace.get': () => {
        throw new AppError('CONFLICT', 'Déjà fait.');
      },
      'views.list': () => {
        throw new Error('SQLITE_BUSY: database is locked');
      },
    } as Handlers;
    const dispatch = createDispatch(handlers, log);
    expect(await dispatch('workspace.get', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Déjà fait.' } });
    const internal = await dispatch('views.list', {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('SQLITE_BUSY');
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses a handler reply that breaks the output schema', async () => {
    const handlers = { ...spyHandlers().handlers, 'app.info': () => ({ version: 1 }) } as unknown as Handlers;
    const reply = await createDispatch(handlers, () => undefined)('app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('has a French message for every custom constraint of the contract', () => {
    const bad = channels['workspace.initialize'].input.safeParse({ role: 'admin', name: 'x', department: '96', agencyCode: 'abc' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message).join(' | ');
    expect(messages).toContain('rôle attendu');
    expect(messages).toContain('nom trop court');
    expect(messages).toContain('département attendu');
    expect(messages).toContain('code agence');
  });
});
