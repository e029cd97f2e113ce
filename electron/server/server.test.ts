import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices, type AppServices } from '../api/app-services';
import { startBrowserServer, type BrowserServer } from './server';
import { CODE_TTL_MS, createSession, LOGIN_URL_FILE } from './session';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';
import { IMPORT_MAX_BASE64 } from '../../shared/api/exchanges-contract';
import { callsOf } from '../../test/helpers/app-calls';
import { bulkInsertConventions } from '../db/repositories/conventions/bulk';

const tempDir = useTempDir();
let services: AppServices;
let server: BrowserServer;
/** The session cookie (`name=value`) of the current server, from a one-time code. */
let cookie: string;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so tests can send any Host, Origin or path (fetch would normalise them). */
function request(options: { path?: string; method?: string; headers?: Record<string, string>; body?: string; port?: number }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: options.port ?? server.port, path: options.path ?? '/', method: options.method ?? 'GET', headers: options.headers ?? {} },
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

/** Bytes written on a socket as they are (two Host headers, a Content-Length with no body behind it): the response's text. */
function rawExchange(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (received += c));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

/** Opens a sign-in URL the way the browser does: the `Set-Cookie` name=value, or null. */
async function signIn(url: string, port = server.port): Promise<{ res: RawResponse; cookie: string | null }> {
  const res = await request({ path: new URL(url).pathname + new URL(url).search, headers: { Host: `127.0.0.1:${port}` }, port });
  const setCookie = res.headers['set-cookie']?.[0];
  return { res, cookie: setCookie ? setCookie.split(';')[0]! : null };
}

const origin = () => `http://127.0.0.1:${server.port}`;
const host = () => ({ Host: `127.0.0.1:${server.port}` });
const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  request({
    path: '/api/invoke',
    method: 'POST',
    headers: { Origin: origin(), Cookie: cookie, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function staticDir() {
  return path.join(tempDir(), 'renderer');
}

beforeEach(async () => {
  fs.mkdirSync(path.join(staticDir(), 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir(), 'index.html'), '<meta name="cae-style-nonce" content="__CAE_STYLE_NONCE__">');
  fs.writeFileSync(path.join(staticDir(), 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  services = createAppServices({ dataDir: path.join(tempDir(), 'data'), mode: 'browser' });
  server = await startBrowserServer({ services, staticDir: staticDir() });
  cookie = (await signIn(server.signInUrl())).cookie!;
});
afterEach(async () => {
  await server.close();
  services.close();
});

describe('browser mode server', () => {
  it('listens on loopback only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.signInUrl()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?code=[\\w-]{40,}$`));
  });

  it('never hands the session to a request without it: no page, no asset, no cookie, a French 401', async () => {
    for (const p of ['/', '/index.html', '/assets/app.js', '/?code=', '/?code=devine']) {
      const res = await request({ path: p, headers: host() });
      expect(res.status).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).toContain('Accès refusé');
      expect(res.body).not.toMatch(/cae_session|console\.log|cae-style-nonce/);
    }
  });

  it('exchanges a one-time code, once, for an HttpOnly SameSite=Strict cookie and redirects to the app without the code', async () => {
    const url = server.signInUrl();
    const first = await signIn(url);
    expect(first.res.status).toBe(303);
    expect(first.res.headers.location).toBe('/');
    expect(first.res.headers['set-cookie']).toEqual([
      expect.stringMatching(new RegExp(`^cae_session_${server.port}=[\\w-]{40,}; HttpOnly; SameSite=Strict; Path=/$`)),
    ]);
    expect(first.res.headers['cache-control']).toBe('no-store');
    const second = await signIn(url);
    expect(second.res.status).toBe(401);
    expect(second.cookie).toBeNull();
    expect(second.res.body).toContain('déjà servi ou a expiré');
    // The cookie opens the page and its assets, again and again (a reload, a new window).
    for (let i = 0; i < 2; i++) {
      const page = await request({ headers: { ...host(), Cookie: first.cookie! } });
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('__CAE_');
    }
    expect((await request({ path: '/assets/app.js', headers: { ...host(), Cookie: first.cookie! } })).status).toBe(200);
    expect((await request({ headers: { ...host(), Cookie: `${first.cookie!.slice(0, -1)}x` } })).status).toBe(401);
  });

  it('serves the page with a strict CSP and no session secret in it', async () => {
    const res = await request({ headers: { ...host(), Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(cookie.split('=')[1]);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(res.body).toContain(`content="${nonce}"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('makes a new session at each launch: one launch’s cookie opens nothing of another', async () => {
    const other = await startBrowserServer({ services, staticDir: staticDir() });
    try {
      const res = await request({ port: other.port, headers: { Host: `127.0.0.1:${other.port}`, Cookie: cookie } });
      expect(res.status).toBe(401);
      const renamed = cookie.replace(`cae_session_${server.port}`, `cae_session_${other.port}`);
      expect((await request({ port: other.port, headers: { Host: `127.0.0.1:${other.port}`, Cookie: renamed } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('checks the Host header on every request, static files included, and refuses a duplicate Host', async () => {
    for (const bad of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1']) {
      expect((await request({ headers: { Host: bad, Cookie: cookie } })).status).toBe(421);
      expect((await request({ path: '/assets/app.js', headers: { Host: bad, Cookie: cookie } })).status).toBe(421);
      expect((await invoke({ channel: 'app.info', input: {} }, { Host: bad })).status).toBe(421);
    }
    expect((await request({ path: '/assets/app.js', headers: { Host: `localhost:${server.port}`, Cookie: cookie } })).status).toBe(200);
    const duplicate = await rawExchange(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nHost: evil.example\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`,
    );
    expect(duplicate).toMatch(/^HTTP\/1\.1 400 /);
    expect(duplicate).toContain('en-tête Host en double');
  });

  it('refuses API calls without the cookie, with a wrong one, or from another origin', async () => {
    const call = { channel: 'app.info', input: {} };
    const noCookie = await invoke(call, { Cookie: '' });
    expect(noCookie.status).toBe(401);
    expect(JSON.parse(noCookie.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Session absente ou expirée/) } });
    expect((await invoke(call, { Cookie: `${cookie.slice(0, -1)}x` })).status).toBe(401);
    expect((await invoke(call, { 'X-Cae-Token': cookie.split('=')[1]!, Cookie: '' })).status).toBe(401);
    expect((await invoke(call, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await invoke(call, { Origin: 'null' })).status).toBe(403);
    const noOrigin = await request({ path: '/api/invoke', method: 'POST', headers: { Cookie: cookie }, body: JSON.stringify(call) });
    expect(noOrigin.status).toBe(403);
    expect((await request({ path: '/api/invoke', headers: { Cookie: cookie, Origin: origin() } })).status).toBe(405);
    expect((await request({ path: '/api/events', headers: { Cookie: cookie } })).status).toBe(405);
  });

  it('refuses a file upload without the cookie, writing nothing', async () => {
    const upload = { channel: 'exchanges.import', input: { fileName: 'RET_x.json', base64: Buffer.from('{}').toString('base64'), dryRun: false } };
    expect((await invoke(upload, { Cookie: '' })).status).toBe(401);
    expect(fs.existsSync(path.join(tempDir(), 'data', 'quarantaine'))).toBe(false);
  });

  it('answers 401 before reading a body, and 413 past the cap before reading it', async () => {
    // 200 MB announced, none sent: the answer comes at once, so nothing was waited for nor read.
    const head = (cookieLine: string) =>
      `POST /api/invoke HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${origin()}\r\n${cookieLine}Content-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`;
    const unauthenticated = await rawExchange(head(''));
    expect(unauthenticated).toMatch(/^HTTP\/1\.1 401 /);
    const tooLarge = await rawExchange(head(`Cookie: ${cookie}\r\n`));
    expect(tooLarge).toMatch(/^HTTP\/1\.1 413 /);
    expect(tooLarge).toContain('trop volumineuse');
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
    const invalid = JSON.parse((await invoke({ channel: 'workspace.initialize', input: { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'A' } })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await invoke({ channel: 'workspace.get', input: {} })).body).value.workspace).toBeNull();
    // An exchange file of a few megabytes (a large convention package) goes through; past the import's own cap, refused.
    const large = await invoke({ channel: 'app.info', input: {}, padding: 'x'.repeat(3 * 1024 * 1024) });
    expect(JSON.parse(large.body)).toMatchObject({ ok: true });
    const tooBig = await invoke({ channel: 'app.info', input: {}, padding: 'x'.repeat(IMPORT_MAX_BASE64 + 1024 * 1024) });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body).error.message).toMatch(/trop volumineuse/);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%00']) {
      const res = await request({ path: p, headers: { ...host(), Cookie: cookie } });
      expect(res.body).not.toContain('secret');
      expect([404, 200]).toContain(res.status);
    }
  });

  it('streams service events to the page, and only with the cookie', async () => {
    const refused = await request({ path: '/api/events', method: 'POST', headers: { Origin: origin() } });
    expect(refused.status).toBe(401);
    expect(refused.body).not.toContain('event:');
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api/events', method: 'POST', headers: { Origin: origin(), Cookie: cookie } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('event: workspace.changed')) {
              resolve(text);
              req.destroy();
            } else if (text.startsWith(':')) {
              void invoke({ channel: 'workspace.initialize', input: { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Tremplin' } });
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

describe('sign-in URL file', () => {
  it('always holds a valid sign-in URL, readable by its owner only, renewed once used and removed at close', async () => {
    const loginFile = path.join(tempDir(), 'data', LOGIN_URL_FILE);
    const other = await startBrowserServer({ services, staticDir: staticDir(), loginFile });
    try {
      if (process.platform !== 'win32') expect(fs.statSync(loginFile).mode & 0o777).toBe(0o600);
      const first = fs.readFileSync(loginFile, 'utf8').trim();
      expect(first).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${other.port}/\\?code=[\\w-]{40,}$`));
      expect((await signIn(first, other.port)).cookie).toMatch(new RegExp(`^cae_session_${other.port}=`));
      const renewed = fs.readFileSync(loginFile, 'utf8').trim();
      expect(renewed).not.toBe(first);
      if (process.platform !== 'win32') expect(fs.statSync(loginFile).mode & 0o777).toBe(0o600);
      expect((await signIn(first, other.port)).res.status).toBe(401);
      expect((await signIn(renewed, other.port)).res.status).toBe(303);
    } finally {
      await other.close();
    }
    expect(fs.existsSync(loginFile)).toBe(false);
  });

  it('lets a one-time code expire after two minutes', () => {
    let now = 1_000_000;
    const session = createSession({ port: 4242, now: () => now });
    try {
      const late = session.issueCode();
      const onTime = session.issueCode();
      now += CODE_TTL_MS - 1;
      expect(session.exchange(onTime)).toMatch(/^cae_session_4242=/);
      now += 1;
      expect(session.exchange(late)).toBeNull();
      expect(CODE_TTL_MS).toBe(2 * 60 * 1000);
    } finally {
      session.close();
    }
  });
});

describe('file downloads (POST /api/download)', () => {
  const download = (body: unknown, headers: Record<string, string> = {}) =>
    request({
      path: '/api/download',
      method: 'POST',
      headers: { Origin: origin(), Cookie: cookie, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const csvCall = { channel: 'exports.csv', input: { list: 'conventions' } };

  it('streams the CSV export the list asks for, chunk by chunk, the same bytes as the export answered in base64', async () => {
    const { ok } = callsOf(services);
    await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'agence', name: 'ALE de Lyon', department: '69', agencyCode: '69012' });
    bulkInsertConventions(services.workspaces.current(), { conventions: 2_500, employers: 10 });
    const res = await download(csvCall);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="conventions-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Sent as it is made: no length known in advance.
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const answered = await ok('exports.csv', { list: 'conventions' });
    expect(res.body).toBe(Buffer.from(answered.base64, 'base64').toString('utf8'));
    expect(res.body.split('\r\n')).toHaveLength(2_500 + 2);
  }, 60_000);

  it('refuses as /api/invoke does, before any byte: no cookie, another origin, a channel it does not stream, an invalid list, no workspace', async () => {
    expect((await download(csvCall, { Cookie: '' })).status).toBe(401);
    expect((await download(csvCall, { Origin: 'https://evil.example' })).status).toBe(403);
    const refusal = async (body: unknown) => {
      const res = await download(body);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['content-disposition']).toBeUndefined();
      return JSON.parse(res.body) as { ok: false; error: { code: string; message: string } };
    };
    expect(await refusal({ channel: 'app.info', input: {} })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await refusal({ channel: 'exports.csv', input: { list: 'tout' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Données refusées pour « exports\.csv » : list : liste attendue/) },
    });
    expect(await refusal(csvCall)).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_READY' } });
  });

  it('breaks the download when the file fails after its first bytes: never a half file taken for a whole one', async () => {
    const failing: AppServices = {
      ...services,
      stream: async (_channel, _input, sink) => {
        sink.start({ fileName: 'conventions-2026-12-06.csv', contentType: 'text/csv; charset=utf-8' });
        sink.write(Buffer.from('Numéro;Mesure\r\n'));
        return { ok: false, error: { code: 'INTERNAL', message: 'Export interrompu.' } };
      },
    };
    const other = await startBrowserServer({ services: failing, staticDir: staticDir() });
    try {
      const otherCookie = (await signIn(other.signInUrl(), other.port)).cookie!;
      const outcome = await new Promise<string>((resolve) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: other.port,
            path: '/api/download',
            method: 'POST',
            headers: { Origin: `http://127.0.0.1:${other.port}`, Cookie: otherCookie, 'Content-Type': 'application/json' },
          },
          (res) => {
            res.on('data', () => undefined);
            res.on('end', () => resolve('complete'));
            res.on('error', () => resolve('broken'));
          },
        );
        req.on('error', () => resolve('broken'));
        req.end(JSON.stringify(csvCall));
      });
      expect(outcome).toBe('broken');
    } finally {
      await other.close();
    }
  });
});
