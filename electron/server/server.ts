/**
 * Browser mode: the same services and the same renderer as the desktop
 * window, over HTTP on 127.0.0.1. API: POST /api/invoke `{ channel, input }`
 * → the dispatcher's reply; POST /api/events → a server-sent-event stream of
 * the service events. Both need the `X-Cae-Token` header and the app's Origin.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../shared/api/result';
import type { AppServices } from '../api/app-services';
import { fillIndexHtml, securityHeaders } from '../security/csp';
import { isAllowedHost, isAllowedOrigin, isValidToken } from './request-guards';
import { contentType, resolveStaticFile } from './static-files';
import { IMPORT_MAX_BASE64 } from '../../shared/api/exchanges-contract';

export interface BrowserServerOptions {
  services: AppServices;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

/**
 * The largest request body: an imported exchange file in base64 (the largest
 * payload of the contract) and its envelope. Read only after the token check.
 */
const MAX_BODY_BYTES = IMPORT_MAX_BASE64 + 64 * 1024;
const MAX_BODY_MB = Math.ceil(MAX_BODY_BYTES / (1024 * 1024));

function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ ok: false, error: { code, message } }));
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`Requête trop volumineuse (${MAX_BODY_MB} Mo au plus).`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const styleNonce = randomBytes(16).toString('base64');
  const indexHtml = fillIndexHtml(fs.readFileSync(`${options.staticDir}/index.html`, 'utf8'), { token, styleNonce });
  const headers = securityHeaders(styleNonce);
  let port = 0;
  const streams = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 421, 'FORBIDDEN', 'Hôte refusé.');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'FORBIDDEN', 'Méthode refusée.');
      if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 403, 'FORBIDDEN', 'Origine refusée.');
      if (!isValidToken(req.headers['x-cae-token'], token)) return refuse(res, 401, 'FORBIDDEN', 'Jeton de session absent ou invalide.');
      if (url === '/api/invoke') return void handleInvoke(req, res);
      if (url === '/api/events') return openEventStream(res);
      return refuse(res, 404, 'UNKNOWN_CHANNEL', 'Adresse inconnue.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'FORBIDDEN', 'Méthode refusée.');
    serveStatic(url, res);
  });

  async function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse) {
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      const message = error instanceof SyntaxError ? "Requête illisible : ce n'est pas du JSON." : (error as Error).message;
      return refuse(res, 400, 'INVALID_INPUT', message);
    }
    const { channel, input } = (typeof body === 'object' && body !== null ? body : {}) as { channel?: unknown; input?: unknown };
    const reply = await options.services.dispatch(channel, input);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(reply));
  }

  function openEventStream(res: http.ServerResponse) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(': flux des événements\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  const unsubscribe = options.services.subscribe((event, payload) => {
    for (const res of streams) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  function serveStatic(url: string, res: http.ServerResponse) {
    const file = resolveStaticFile(options.staticDir, url);
    if (file === null) return refuse(res, 404, 'NOT_FOUND', 'Fichier introuvable.');
    if (file.endsWith('index.html')) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(indexHtml);
    }
    fs.readFile(file, (error, data) => {
      if (error) return refuse(res, 404, 'NOT_FOUND', 'Fichier introuvable.');
      res.writeHead(200, { ...headers, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' });
      res.end(data);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
