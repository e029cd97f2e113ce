import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security/csp';
import { contentType } from '../security/renderer-files';
import { createAppProtocolHandler, resolveAppFile } from './app-protocol';

const root = path.resolve('/srv/out/renderer');

describe('resolveAppFile', () => {
  it('maps app://bundle/ paths into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://bundle/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/index.html#/conventions?x=1')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://bundle/assets/Police%20A.woff2')).toBe(path.join(root, 'assets', 'Police A.woff2'));
  });

  it.each([
    'app://bundle/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://bundle/..%5c..%5cwindows%5cwin.ini',
    'app://bundle/assets%5c..%5c..%5csecret',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/%00index.html',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://bundle@evil/index.html',
    'app://bundle:99/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('keeps dot segments that the URL parser resolves inside the root', () => {
    // The URL parser itself removes `..` and `%2e%2e` segments: app://bundle/../../x is app://bundle/x.
    expect(resolveAppFile(root, 'app://bundle/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('never returns a path outside the root, whatever the URL', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2E%2E', '..%2F', '%2e%2e%2f', '....//', '.../'].flatMap((dot) => [
      `app://bundle/${dot}/${dot}/x`,
      `app://bundle/assets/${dot}${dot}x`,
    ]);
    for (const url of attempts) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('contentType', () => {
  it('serves module scripts as JavaScript (nosniff refuses anything else)', () => {
    expect(contentType('a/index-x.js')).toMatch(/^text\/javascript/);
    expect(contentType('index.html')).toMatch(/^text\/html/);
    expect(contentType('a.css')).toMatch(/^text\/css/);
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let secret: string;
  const nonce = 'dGVzdC1ub25jZQ==';

  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-protocol-'));
    dir = path.join(base, 'renderer');
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<meta name="cae-style-nonce" content="__CAE_STYLE_NONCE__" />');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    secret = path.join(base, 'secret.txt');
    fs.writeFileSync(secret, 'secret');
  });
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppProtocolHandler({ root: dir, styleNonce: nonce })(new Request(url, { method }));

  it('serves index.html with the nonce filled in, no token, and the CSP header', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nonce));
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain(`content="${nonce}"`);
    expect(html).not.toContain('cae-token');
    expect(html).not.toContain('__CAE_');
  });

  it('serves assets byte for byte with their type and the CSP', async () => {
    const response = await get('app://bundle/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nonce));
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 (with the CSP) for missing files, folders and traversal', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/assets', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nonce));
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bundle/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
