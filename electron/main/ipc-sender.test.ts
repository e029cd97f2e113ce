import { describe, expect, it } from 'vitest';
import { FORBIDDEN_REPLY, isTrustedSender, type FrameLike } from './ipc-sender';

const appFrame: FrameLike = { url: 'app://bundle/index.html#/conventions', processId: 4, routingId: 1 };

describe('isTrustedSender', () => {
  it('trusts the main frame of the app window showing app://bundle', () => {
    expect(isTrustedSender(appFrame, appFrame)).toBe(true);
    // Electron may hand out another wrapper object for the same frame.
    expect(isTrustedSender({ ...appFrame }, appFrame)).toBe(true);
  });

  it('refuses a sub-frame or another window', () => {
    expect(isTrustedSender({ ...appFrame, routingId: 2 }, appFrame)).toBe(false);
    expect(isTrustedSender({ ...appFrame, processId: 5 }, appFrame)).toBe(false);
  });

  it('refuses the app frame once it shows anything but app://bundle', () => {
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/index.html', 'about:blank', 'data:text/html,x', '']) {
      const navigated = { ...appFrame, url };
      expect(isTrustedSender(navigated, navigated)).toBe(false);
    }
  });

  it('refuses when there is no sender frame or no window', () => {
    expect(isTrustedSender(null, appFrame)).toBe(false);
    expect(isTrustedSender(undefined, appFrame)).toBe(false);
    expect(isTrustedSender(appFrame, null)).toBe(false);
    expect(isTrustedSender(appFrame, undefined)).toBe(false);
  });

  it('has the French refusal the renderer shows', () => {
    expect(FORBIDDEN_REPLY).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Origine refusée.' } });
  });
});
