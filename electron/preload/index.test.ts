/** The preload entry, with Electron replaced by a fake: it exposes the bridge as `cae`, and nothing else. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const { exposed, ipcRenderer } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: {} })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

afterEach(() => exposed.clear());

describe('preload', () => {
  it('exposes window.cae = { invoke, on } and never ipcRenderer', async () => {
    await import('./index');
    expect([...exposed.keys()]).toEqual(['cae']);
    const api = exposed.get('cae') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    await (api.invoke as (c: string, i: unknown) => Promise<unknown>)('app.info', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('cae:invoke', 'app.info', {});
  });
});
