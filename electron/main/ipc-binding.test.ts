import { describe, expect, it, vi } from 'vitest';
import type { EventListener } from '../api/app-services';
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
      emit: (payload: { active: 'main' | 'demo'; workspace: null }) => listeners.forEach((l) => l('workspace.changed', payload)),
      listeners,
    };
  }

  it('sends every service event to the window on cae:event', () => {
    const services = fakeServices();
    const send = vi.fn();
    forwardEvents(services.subscribe, () => ({ isDestroyed: () => false, send }));
    services.emit({ active: 'demo', workspace: null });
    expect(send).toHaveBeenCalledWith(IPC_EVENT, 'workspace.changed', { active: 'demo', workspace: null });
  });

  it('sends nothing to a closed or destroyed window, and unsubscribes', () => {
    const services = fakeServices();
    const send = vi.fn();
    let target: { isDestroyed: () => boolean; send: typeof send } | null = { isDestroyed: () => true, send };
    const stop = forwardEvents(services.subscribe, () => target);
    services.emit({ active: 'main', workspace: null });
    target = null;
    services.emit({ active: 'main', workspace: null });
    expect(send).not.toHaveBeenCalled();
    stop();
    expect(services.listeners.size).toBe(0);
  });
});
