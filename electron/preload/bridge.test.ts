import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES, type Channel, type EventName } from '../../shared/api/contract';
import { createBridge, type IpcRendererLike } from './bridge';
import { IPC_EVENT, IPC_INVOKE } from './ipc-names';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(reply: unknown = { ok: true, value: { opened: true } }) {
  const listeners = new Set<Listener>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => reply),
    on: vi.fn((channel: string, listener: Listener) => {
      expect(channel).toBe(IPC_EVENT);
      listeners.add(listener);
    }),
    removeListener: vi.fn((_channel: string, listener: Listener) => listeners.delete(listener)),
  } satisfies IpcRendererLike;
  const emit = (name: string, payload: unknown) => listeners.forEach((l) => l({ sender: 'ipc-event-object' }, name, payload));
  return { ipc, listeners, emit };
}

describe('createBridge', () => {
  it('exposes exactly invoke and on, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends known channels over cae:invoke and returns main’s reply', async () => {
    const { ipc } = fakeIpc({ ok: true, value: [] });
    const bridge = createBridge(ipc);
    const reply = await bridge.invoke('views.delete', { name: 'Fin de contrat' });
    expect(reply).toEqual({ ok: true, value: [] });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_INVOKE, 'views.delete', { name: 'Fin de contrat' });
  });

  it('accepts every channel of the contract', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const channel of CHANNEL_NAMES) await bridge.invoke(channel, {} as never);
    expect(ipc.invoke).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it('refuses unknown channels itself, without IPC', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const name of ['fs.readFile', '__proto__', 'constructor', 'toString', '', 'cae:invoke']) {
      const reply = await bridge.invoke(name as Channel, {} as never);
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into a French error reply', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'cae:invoke'"));
    const reply = await createBridge(ipc).invoke('app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(reply.ok === false && reply.error.message).toMatch(/ne répond pas/);
  });

  it('delivers only the subscribed event, and only its payload', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const callback = vi.fn();
    bridge.on(EVENT_NAMES[0]!, callback);
    emit('workspace.changed', { active: 'demo', workspace: null });
    emit('other.event', { secret: 1 });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith({ active: 'demo', workspace: null });
  });

  it('unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const callback = vi.fn();
    const off = createBridge(ipc).on('workspace.changed', callback);
    off();
    emit('workspace.changed', { active: 'main', workspace: null });
    expect(callback).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('refuses unknown event names itself', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const name of ['cae:event', 'ipc', '__proto__', '']) {
      expect(() => bridge.on(name as EventName, vi.fn())).toThrow(/Événement inconnu/);
    }
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
