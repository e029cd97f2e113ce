/**
 * The window's security settings, asserted one by one: weakening any of them
 * (or the CSP the protocol sends) makes this file fail.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../security/csp';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { createWindowOptions, isAllowedExternalUrl, isAllowedNavigation, resolveAppFile, WINDOW_TITLE } from './window-options';

const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs' });
const prefs = options.webPreferences ?? {};

describe('createWindowOptions', () => {
  it('isolates the page from Node and from the preload', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('uses the bundled preload and no other script injection', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('closes the developer tools unless asked (unpackaged runs)', () => {
    expect(prefs.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('has a French title, a usable minimum size and waits for ready-to-show', () => {
    expect(options.title).toBe('Conventions CAE');
    expect(WINDOW_TITLE).toBe('Conventions CAE');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(960);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});

describe('the Content-Security-Policy sent with every renderer file', () => {
  const nonce = 'bm9uY2Utb2YtdGhlLWRheQ==';
  const directives = new Map(
    contentSecurityPolicy(nonce)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values] as const),
  );

  it('allows scripts from the app itself only', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('has no unsafe-inline, unsafe-eval nor remote origin anywhere', () => {
    const all = [...directives.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    for (const source of all) {
      expect(source).not.toMatch(/^(https?:|wss?:|\*|data:.*script)/);
      if (!source.startsWith("'")) expect(['data:']).toContain(source);
    }
  });

  it('allows styles from the app or carrying the per-launch nonce', () => {
    expect(directives.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it('forbids framing, plugins, base and form targets', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is sent as a header together with nosniff', () => {
    const headers = securityHeaders(nonce);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(nonce));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('the app:// scheme', () => {
  it('is standard and secure, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('the predicates that go with the window', () => {
  it('keep the window inside the app', () => {
    expect(isAllowedNavigation('app://bundle/index.html#/')).toBe(true);
    expect(isAllowedNavigation('https://example.org')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
  });

  it('let only https: and mailto: links out', () => {
    expect(isAllowedExternalUrl('https://example.org/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:agence@example.org')).toBe(true);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('http://example.org/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });

  it('serve nothing outside the renderer folder', () => {
    expect(resolveAppFile('/srv/renderer', 'app://bundle/..%2f..%2fetc%2fpasswd')).toBeNull();
  });
});
