import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices, type AppServices } from '../api/app-services';
import { startBrowserServer, type BrowserServer } from './server';

const tempDir = useTempDir();
let services: AppServices;
let server: BrowserServer;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so tests can send any Host, Origin or path (fetch would normalise them). */
function request(options: { path?: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path ?? '/', method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const origin = () => `http://127.0.0.1:${server.port}`;
const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  request({
    path: '/api/invoke',
    method: 'POST',
    headers: { Origin: origin(), 'X-Cae-Token': server.token, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeEach(async () => {
  const staticDir = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<meta name="cae-token" content="__CAE_TOKEN__"><meta name="cae-style-nonce" content="__CAE_STYLE_NONCE__">',
  );
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  services = createAppServices({ dataDir: path.join(tempDir(), 'data'), mode: 'browser' });
  server = await startBrowserServer({ services, staticDir });
});
afterEach(async () => {
  await server.close();
  services.close();
});

describe('browser mode server', () => {
  it('listens on loopback only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the page with its per-launch token and a strict CSP', async () => {
    const res = await request({ headers: { Host: `127.0.0.1:${server.port}` } });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`content="${server.token}"`);
    expect(res.body).not.toContain('__CAE_TOKEN__');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(res.body).toContain(`content="${nonce}"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('makes a new token at each launch', async () => {
    const other = await startBrowserServer({ services, staticDir: path.join(tempDir(), 'renderer') });
    expect(other.token).not.toBe(server.token);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
    await other.close();
  });

  it('checks the Host header on every request, static files included', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1']) {
      expect((await request({ headers: { Host: host } })).status).toBe(421);
      expect((await request({ path: '/assets/app.js', headers: { Host: host } })).status).toBe(421);
      expect((await invoke({ channel: 'app.info', input: {} }, { Host: host })).status).toBe(421);
    }
    expect((await request({ path: '/assets/app.js', headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses API calls without the token, with a wrong token, or from another origin', async () => {
    const call = { channel: 'app.info', input: {} };
    const noToken = await request({ path: '/api/invoke', method: 'POST', headers: { Origin: origin() }, body: JSON.stringify(call) });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Jeton de session absent ou invalide.' } });
    expect((await invoke(call, { 'X-Cae-Token': `${server.token.slice(0, -1)}x` })).status).toBe(401);
    expect((await invoke(call, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await invoke(call, { Origin: 'null' })).status).toBe(403);
    const noOrigin = await request({ path: '/api/invoke', method: 'POST', headers: { 'X-Cae-Token': server.token }, body: JSON.stringify(call) });
    expect(noOrigin.status).toBe(403);
    expect((await request({ path: '/api/invoke', headers: { 'X-Cae-Token': server.token, Origin: origin() } })).status).toBe(405);
    expect((await request({ path: '/api/events', headers: { 'X-Cae-Token': server.token } })).status).toBe(405);
  });

  it('answers a valid call through the same dispatcher as IPC', async () => {
    const res = await invoke({ channel: 'app.info', input: {} });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { mode: 'browser', dataDir: path.join(tempDir(), 'data') } });
  });

  it('rejects unreadable or invalid payloads in French, reaching no handler', async () => {
    const notJson = await invoke('{ pas du json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/pas du JSON/);
    const invalid = JSON.parse((await invoke({ channel: 'workspace.initialize', input: { role: 'agence', name: 'A' } })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await invoke({ channel: 'workspace.get', input: {} })).body).value.workspace).toBeNull();
    // An exchange file of a few megabytes (a large convention package) goes through; past the import's own cap, refused.
    const large = await invoke({ channel: 'app.info', input: {}, padding: 'x'.repeat(3 * 1024 * 1024) });
    expect(JSON.parse(large.body)).toMatchObject({ ok: true });
    const tooBig = await invoke({ channel: 'app.info', input: {}, padding: 'x'.repeat(28 * 1024 * 1024) });
    expect(tooBig.status).toBe(400);
    expect(JSON.parse(tooBig.body).error.message).toMatch(/trop volumineuse/);
  });

  it('never serves a file outside the renderer folder', async () => {
    const host = { Host: `127.0.0.1:${server.port}` };
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%00']) {
      const res = await request({ path: p, headers: host });
      expect(res.body).not.toContain('secret');
      expect([404, 200]).toContain(res.status);
    }
  });

  it('streams service events to the page', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          method: 'POST',
          headers: { Origin: origin(), 'X-Cae-Token': server.token },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('event: workspace.changed')) {
              resolve(text);
              req.destroy();
            } else if (text.startsWith(':')) {
              void invoke({ channel: 'workspace.initialize', input: { role: 'employeur', name: 'Association Tremplin' } });
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const text = await received;
    expect(text).toContain('"name":"Association Tremplin"');
  });
});
