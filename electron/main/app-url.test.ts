import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAllowedNavigation, isAppUrl } from './app-url';

describe('isAllowedNavigation', () => {
  it('allows the app itself, hash routes included', () => {
    expect(APP_INDEX_URL).toBe('app://bundle/index.html');
    expect(isAllowedNavigation('app://bundle/index.html')).toBe(true);
    expect(isAllowedNavigation('app://bundle/index.html#/conventions/12')).toBe(true);
    expect(isAllowedNavigation('app://bundle/')).toBe(true);
  });

  it.each([
    'https://example.org',
    'https://example.org/app://bundle/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'app://other/index.html',
    'app://bundle.evil/index.html',
    'app://bundle@evil/index.html',
    'app://user:pass@bundle/index.html',
    'app://bundle:8080/index.html',
    'app://bundle',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
    expect(isAppUrl(url)).toBe(false);
  });
});
