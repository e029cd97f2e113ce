import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, NETWORK_URL_PATTERNS, type GuardableContents, type GuardableSession } from './web-contents-guard';

type AnyListener = (...args: never[]) => void;

function fakeContents() {
  const listeners = new Map<string, AnyListener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: AnyListener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const fire = (event: string, ...args: unknown[]): boolean => {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true), ...(typeof args[0] === 'object' ? (args[0] as object) : {}) };
    for (const listener of listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(e, ...args.slice(1));
    return prevented;
  };
  return { contents: contents as GuardableContents, fire, open: (url: string) => openHandler?.({ url }), listeners };
}

describe('hardenWebContents', () => {
  it('lets the window move within the app', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire('will-navigate', {}, 'app://bundle/index.html#/lots')).toBe(false);
    expect(fire('will-redirect', {}, 'app://bundle/index.html')).toBe(false);
    expect(fire('will-frame-navigate', { url: 'app://bundle/index.html' })).toBe(false);
  });

  it.each(['https://example.org', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'javascript:alert(1)', 'app://other/'])(
    'denies navigation and redirects to %s',
    (url) => {
      const { contents, fire } = fakeContents();
      hardenWebContents(contents, vi.fn());
      expect(fire('will-navigate', {}, url)).toBe(true);
      expect(fire('will-redirect', {}, url)).toBe(true);
      expect(fire('will-frame-navigate', { url })).toBe(true);
    },
  );

  it('prevents any <webview> from attaching', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire('will-attach-webview', {}, {}, { src: 'app://bundle/index.html' })).toBe(true);
  });

  it('denies every new window, and offers only https:/mailto: links to the confirmation helper', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn(async () => true);
    hardenWebContents(contents, openExternal);
    for (const url of [
      'https://example.org/',
      'mailto:a@b.fr',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://bundle/index.html',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://example.org/'], ['mailto:a@b.fr']]);
  });
});

describe('hardenSession', () => {
  function hardened() {
    const handlers: {
      request?: Parameters<GuardableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<GuardableSession['setPermissionCheckHandler']>[0];
      device?: Parameters<GuardableSession['setDevicePermissionHandler']>[0];
      network?: { urls: string[]; listener: Parameters<GuardableSession['webRequest']['onBeforeRequest']>[1] };
    } = {};
    hardenSession({
      setPermissionRequestHandler: (h) => (handlers.request = h),
      setPermissionCheckHandler: (h) => (handlers.check = h),
      setDevicePermissionHandler: (h) => (handlers.device = h),
      webRequest: { onBeforeRequest: (filter, listener) => (handlers.network = { urls: filter.urls, listener }) },
    });
    return handlers;
  }

  it('denies every permission request and check', () => {
    const handlers = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check!()).toBe(false);
    expect(handlers.device!()).toBe(false);
  });

  it('cancels every request from the page to the network', () => {
    const handlers = hardened();
    expect(handlers.network?.urls).toEqual(NETWORK_URL_PATTERNS);
    for (const scheme of ['http', 'https', 'ws', 'wss']) expect(NETWORK_URL_PATTERNS).toContain(`${scheme}://*/*`);
    const callback = vi.fn();
    handlers.network!.listener!({ url: 'https://example.org/track' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
