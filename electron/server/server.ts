/**
 * Browser mode: the same services and the same renderer as the desktop
 * window, over HTTP on 127.0.0.1. API: POST /api/invoke `{ channel, input }`
 * → the dispatcher's reply; POST /api/download `{ channel, input }` → the
 * channel's file, streamed (a CSV export); POST /api/events → a
 * server-sent-event stream of the service events. Everything, the page
 * included, needs the session cookie (session.ts: a one-time code in the URL
 * exchanged for it); the API also needs the app's Origin. A request is
 * refused before its body is read.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../shared/api/result';
import type { AppServices } from '../api/app-services';
import { fillIndexHtml, securityHeaders } from '../security/csp';
import { checkHost, declaredLength, isAllowedOrigin } from './request-guards';
import { createSession, LOGIN_URL_FILE, signInPage, type Session } from './session';
import { contentType, resolveStaticFile } from './static-files';
import { IMPORT_MAX_BASE64 } from '../../shared/api/exchanges-contract';

export interface BrowserServerOptions {
  services: AppServices;
  staticDir: string;
  port?: number | undefined;
  /** The file that always holds a valid sign-in URL (mode 0600), for scripts and a second browser. */
  loginFile?: string | undefined;
}

export interface BrowserServer {
  /** The app's address, which needs the session cookie: http://127.0.0.1:PORT/ */
  url: string;
  port: number;
  /** A new sign-in URL: the app's address with a one-time code, valid once within two minutes. */
  signInUrl: () => string;
  close: () => Promise<void>;
}

/**
 * The largest request body: an imported exchange file in base64 (the largest
 * payload of the contract) and its envelope. Checked against Content-Length
 * after the cookie, before reading, and again while reading (chunked bodies).
 */
const MAX_BODY_BYTES = IMPORT_MAX_BASE64 + 64 * 1024;
const MAX_BODY_MB = Math.ceil(MAX_BODY_BYTES / (1024 * 1024));
const TOO_LARGE = `Requête trop volumineuse (${MAX_BODY_MB} Mo au plus).`;
const NO_SESSION = `Session absente ou expirée : ouvrez l’application par l’adresse affichée à son lancement, ou par celle du fichier ${LOGIN_URL_FILE} du dossier de données.`;

/** A refusal closes the connection, so an unread body is never read (Node would otherwise drain it). */
function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(JSON.stringify({ ok: false, error: { code, message } }));
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(TOO_LARGE);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** The one-time code of `GET /?code=…`, or null for any other request. */
function signInCode(url: string): string | null {
  try {
    const parsed = new URL(url, 'http://127.0.0.1');
    return parsed.pathname === '/' ? parsed.searchParams.get('code') : null;
  } catch {
    return null;
  }
}

/** Where the sign-in page, the static files and the API meet: one per server. */
interface Routes {
  options: BrowserServerOptions;
  session: Session;
  port: number;
  headers: Record<string, string>;
  indexHtml: string;
  streams: Set<http.ServerResponse>;
}

function sendPage(r: Routes, res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { ...r.headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(html);
}

function handleRequest(r: Routes, req: http.IncomingMessage, res: http.ServerResponse) {
  const host = checkHost(req, r.port);
  if (host === 'duplicate') return refuse(res, 400, 'INVALID_INPUT', 'Requête refusée : en-tête Host en double.');
  if (host === 'refused') return refuse(res, 421, 'FORBIDDEN', 'Hôte refusé.');
  const url = req.url ?? '/';
  if (url.startsWith('/api/')) return routeApi(r, req, res, url);
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'FORBIDDEN', 'Méthode refusée.');
  const code = signInCode(url);
  if (code !== null) return exchangeCode(r, res, code);
  if (!r.session.isSignedIn(req.headers.cookie)) return sendPage(r, res, 401, signInPage('absent'));
  serveStatic(r, url, res);
}

function routeApi(r: Routes, req: http.IncomingMessage, res: http.ServerResponse, url: string) {
  if (req.method !== 'POST') return refuse(res, 405, 'FORBIDDEN', 'Méthode refusée.');
  if (!isAllowedOrigin(req.headers.origin, r.port)) return refuse(res, 403, 'FORBIDDEN', 'Origine refusée.');
  if (!r.session.isSignedIn(req.headers.cookie)) return refuse(res, 401, 'FORBIDDEN', NO_SESSION);
  const length = declaredLength(req);
  if (length === 'invalid') return refuse(res, 400, 'INVALID_INPUT', 'Requête refusée : longueur illisible.');
  if (typeof length === 'number' && length > MAX_BODY_BYTES) return refuse(res, 413, 'INVALID_INPUT', TOO_LARGE);
  if (url === '/api/invoke') return void handleInvoke(r, req, res);
  if (url === '/api/download') return void handleDownload(r, req, res);
  if (url === '/api/events') return openEventStream(r, res);
  return refuse(res, 404, 'UNKNOWN_CHANNEL', 'Adresse inconnue.');
}

function exchangeCode(r: Routes, res: http.ServerResponse, code: string) {
  const cookie = r.session.exchange(code);
  if (cookie === null) return sendPage(r, res, 401, signInPage('used'));
  res.writeHead(303, { ...r.headers, Location: '/', 'Set-Cookie': cookie, 'Cache-Control': 'no-store' });
  res.end();
}

/** The `{ channel, input }` of an API request, or null once refused in French. */
async function readCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<{ channel?: unknown; input?: unknown } | null> {
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (error) {
    const message = error instanceof SyntaxError ? "Requête illisible : ce n'est pas du JSON." : (error as Error).message;
    refuse(res, 400, 'INVALID_INPUT', message);
    return null;
  }
  return (typeof body === 'object' && body !== null ? body : {}) as { channel?: unknown; input?: unknown };
}

async function handleInvoke(r: Routes, req: http.IncomingMessage, res: http.ServerResponse) {
  const call = await readCall(req, res);
  if (!call) return;
  const reply = await r.options.services.dispatch(call.channel, call.input);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(reply));
}

/** A file name as the services make them (`conventions-2026-12-05.csv`): nothing to quote in a header. */
const PLAIN_FILE_NAME = /^[\w.-]+$/;

/**
 * POST /api/download `{ channel, input }`: the channel's file streamed as the
 * services make it (an export of 200,000 conventions is never held whole
 * here), or, refused before its first byte, the same JSON reply as
 * /api/invoke. A failure after the first byte breaks the download: the
 * screen then says the file is incomplete, never saves half of it as whole.
 * The bytes go out as they come: the page reads them at once (loopback), so
 * at most the file waits in the socket's buffer.
 */
async function handleDownload(r: Routes, req: http.IncomingMessage, res: http.ServerResponse) {
  const call = await readCall(req, res);
  if (!call) return;
  const reply = await r.options.services.stream(call.channel, call.input, {
    start: ({ fileName, contentType }) => {
      if (!PLAIN_FILE_NAME.test(fileName)) throw new Error(`Nom de fichier inattendu : ${fileName.slice(0, 80)}`);
      const disposition = `attachment; filename="${fileName}"`;
      res.writeHead(200, { 'Content-Type': contentType, 'Content-Disposition': disposition, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    },
    write: (bytes) => {
      if (!res.destroyed) res.write(bytes);
    },
  });
  if (res.headersSent) return void (reply.ok ? res.end() : res.destroy());
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(reply));
}

function openEventStream(r: Routes, res: http.ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
  res.write(': flux des événements\n\n');
  r.streams.add(res);
  res.on('close', () => r.streams.delete(res));
}

function serveStatic(r: Routes, url: string, res: http.ServerResponse) {
  const file = resolveStaticFile(r.options.staticDir, url);
  if (file === null) return refuse(res, 404, 'NOT_FOUND', 'Fichier introuvable.');
  if (file.endsWith('index.html')) {
    res.writeHead(200, { ...r.headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    return void res.end(r.indexHtml);
  }
  fs.readFile(file, (error, data) => {
    if (error) return refuse(res, 404, 'NOT_FOUND', 'Fichier introuvable.');
    res.writeHead(200, { ...r.headers, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' });
    res.end(data);
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const styleNonce = randomBytes(16).toString('base64');
  const indexHtml = fillIndexHtml(fs.readFileSync(`${options.staticDir}/index.html`, 'utf8'), { styleNonce });
  // The handler is attached once the port is known (the session and the Host check need it); nobody can connect before.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const session = createSession({ port, loginFile: options.loginFile });
  const routes: Routes = { options, session, port, headers: securityHeaders(styleNonce), indexHtml, streams: new Set() };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => handleRequest(routes, req, res));
  const unsubscribe = options.services.subscribe((event, payload) => {
    for (const res of routes.streams) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    signInUrl: () => `http://127.0.0.1:${port}/?code=${session.issueCode()}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        session.close();
        for (const res of routes.streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
