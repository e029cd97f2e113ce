import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import type { EventListener } from '../api/app-services';
import { createDispatch, type Handlers } from '../api/dispatch';
import { CHANNEL_NAMES, channels } from '../../shared/api/contract';
import type { ApiReply } from '../../shared/api/result';
import { IPC_EVENT, IPC_INVOKE } from '../preload/ipc-names';
import { bindApiHandler, forwardEvents, type IpcMainLike } from './ipc-binding';
import type { FrameLike } from './ipc-sender';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const appFrame: FrameLike = { url: 'app://bundle/index.html', processId: 3, routingId: 1 };
const ok: ApiReply<unknown> = { ok: true, value: { version: '0.1.0' } };

describe('bindApiHandler', () => {
  it('binds one handler, on cae:invoke, that hands trusted calls to dispatch', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ok);
    bindApiHandler(ipcMain, dispatch, () => appFrame);
    expect([...handlers.keys()]).toEqual([IPC_INVOKE]);
    const reply = await handlers.get(IPC_INVOKE)!({ senderFrame: appFrame }, 'app.info', {});
    expect(reply).toBe(ok);
    expect(dispatch).toHaveBeenCalledWith('app.info', {});
  });

  it('passes channel and payload untouched: dispatch validates them', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ok);
    bindApiHandler(ipcMain, dispatch, () => appFrame);
    await handlers.get(IPC_INVOKE)!({ senderFrame: appFrame }, 'no.such.channel', { evil: true });
    expect(dispatch).toHaveBeenCalledWith('no.such.channel', { evil: true });
  });

  it('refuses other frames and pages without calling dispatch', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ok);
    bindApiHandler(ipcMain, dispatch, () => appFrame);
    const handler = handlers.get(IPC_INVOKE)!;
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: 'Origine refusée.' } };
    await expect(handler({ senderFrame: { ...appFrame, routingId: 9 } }, 'app.info', {})).resolves.toEqual(forbidden);
    await expect(handler({ senderFrame: { ...appFrame, url: 'https://example.org/' } }, 'app.info', {})).resolves.toEqual(forbidden);
    await expect(handler({ senderFrame: null }, 'app.info', {})).resolves.toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything while the app has no window', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ok);
    bindApiHandler(ipcMain, dispatch, () => null);
    await expect(handlers.get(IPC_INVOKE)!({ senderFrame: appFrame }, 'app.info', {})).resolves.toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('returns an unbind function', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unbind = bindApiHandler(ipcMain, vi.fn(), () => appFrame);
    unbind();
    expect(handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  function fakeServices() {
    const listeners = new Set<EventListener>();
    return {
      subscribe: (listener: EventListener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      emit: (payload: { active: 'main' | 'demo'; workspace: null; encrypted: boolean; locked: boolean }) =>
        listeners.forEach((l) => l('workspace.changed', payload)),
      listeners,
    };
  }

  it('sends every service event to the window on cae:event', () => {
    const services = fakeServices();
    const send = vi.fn();
    forwardEvents(services.subscribe, () => ({ isDestroyed: () => false, send }));
    services.emit({ active: 'demo', workspace: null, encrypted: false, locked: false });
    expect(send).toHaveBeenCalledWith(IPC_EVENT, 'workspace.changed', { active: 'demo', workspace: null, encrypted: false, locked: false });
  });

  it('sends nothing to a closed or destroyed window, and unsubscribes', () => {
    const services = fakeServices();
    const send = vi.fn();
    let target: { isDestroyed: () => boolean; send: typeof send } | null = { isDestroyed: () => true, send };
    const stop = forwardEvents(services.subscribe, () => target);
    services.emit({ active: 'main', workspace: null, encrypted: false, locked: false });
    target = null;
    services.emit({ active: 'main', workspace: null, encrypted: false, locked: false });
    expect(send).not.toHaveBeenCalled();
    stop();
    expect(services.listeners.size).toBe(0);
  });
});

/** Values a renderer could send in place of a field (all structured-clonable, as IPC carries them). */
const WRONG_VALUES: unknown[] = [{ inconnu: 1 }, 'texte', -1.5, true, [], 'x'.repeat(100_001), null];
/** Whole payloads no channel accepts: not an object, or carrying a key the contract does not know. */
const WRONG_PAYLOADS: unknown[] = [42, 'texte', [], true, { champInconnu: 1 }];

/** The object shapes a channel's input accepts (one per branch of a union). */
function inputShapes(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodType>; options?: z.ZodType[]; in?: z.ZodType };
  if (def.type === 'object') return [def.shape!];
  if (def.type === 'union') return def.options!.flatMap(inputShapes);
  if (def.type === 'pipe') return inputShapes(def.in!);
  throw new Error(`schéma d'entrée non décrit : ${def.type}`);
}

/** For every field of every channel, a payload carrying a value that field refuses. */
function malformedPayloads(channel: (typeof CHANNEL_NAMES)[number]): { field: string | null; payload: unknown }[] {
  const cases: { field: string | null; payload: unknown }[] = WRONG_PAYLOADS.map((payload) => ({ field: null, payload }));
  for (const shape of inputShapes(channels[channel].input)) {
    for (const [field, schema] of Object.entries(shape)) {
      const wrong = WRONG_VALUES.find((value) => !schema.safeParse(value).success);
      // A field that takes anything would be a hole in the contract.
      expect(wrong, `${channel}.${field} accepte n'importe quelle valeur`).not.toBeUndefined();
      cases.push({ field, payload: { [field]: wrong } });
    }
  }
  return cases;
}

describe('every IPC channel of the contract refuses a malformed payload, in French, before any handler runs', () => {
  const union = new Set(CHANNEL_NAMES.filter((name) => channels[name].input._zod.def.type === 'union'));

  it.each(CHANNEL_NAMES)('%s', async (channel) => {
    const called: string[] = [];
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, () => called.push(name)])) as unknown as Handlers;
    const { ipcMain, handlers: bound } = fakeIpcMain();
    bindApiHandler(
      ipcMain,
      createDispatch(handlers, () => undefined),
      () => appFrame,
    );
    const invoke = bound.get(IPC_INVOKE)!;
    for (const { field, payload } of malformedPayloads(channel)) {
      const reply = (await invoke({ senderFrame: appFrame }, channel, payload)) as ApiReply<unknown>;
      expect(reply.ok, `${channel} a accepté ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.code).toBe('INVALID_INPUT');
      expect(reply.error.message).toMatch(new RegExp(`^Données refusées pour « ${channel.replace('.', '\\.')} » : .+`));
      expect(reply.error.message).not.toMatch(/\b(Invalid|Expected|Required|received)\b/);
      // The faulty field is named (a union names the branch it could not match instead).
      const named = Object.keys(reply.error.fields ?? {}).some((key) => key === field || key.startsWith(`${field}.`));
      if (field && !union.has(channel)) expect(named, `${channel} : ${field} non nommé dans ${reply.error.message}`).toBe(true);
    }
    expect(called).toEqual([]);
  });
});
