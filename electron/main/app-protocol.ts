/**
 * The app:// protocol: serves the built renderer (out/renderer) to the
 * window, instead of file:// (which would grant the page the file system's
 * origin). Every response carries the strict CSP and the other security
 * headers; index.html gets the per-launch style nonce. Nothing outside the
 * renderer folder can be reached.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { fillIndexHtml, securityHeaders } from '../security/csp';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Registered before `ready`. standard: relative URLs, origin and storage like
 * https; secure: a secure context; supportFetchAPI: module scripts load.
 * Deliberately NOT bypassCSP, NOT corsEnabled (other origins cannot read it).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that an app:// URL names, or null when the URL is
 * not `app://bundle/…` or would leave `root` (`..`, encoded or not,
 * backslashes, NUL bytes, absolute or drive paths).
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '') return null;
  if (pathname.includes('\\') || pathname.includes('\0') || pathname.includes(':')) return null;
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...(segments.length ? segments : ['index.html']));
  // Belt and braces: whatever the parsing above let through must stay inside root.
  return file.startsWith(base + path.sep) ? file : null;
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** Per-launch nonce written into index.html and allowed by the CSP for <style> elements. */
  styleNonce: string;
  readFile?: (file: string) => Promise<Buffer>;
}

export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((file: string) => fs.readFile(file));
  const headers = securityHeaders(options.styleNonce);
  const fail = (status: number, text: string): Response =>
    new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  const indexFile = path.resolve(options.root, 'index.html');

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'Méthode non autorisée.');
    const file = resolveAppFile(options.root, request.url);
    if (!file) return fail(404, 'Fichier introuvable.');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return fail(404, 'Fichier introuvable.');
    }
    // Desktop window: no HTTP token (IPC needs none), a fresh style nonce per launch.
    const content =
      file === indexFile ? fillIndexHtml(body.toString('utf8'), { token: '', styleNonce: options.styleNonce }) : new Uint8Array(body);
    return new Response(request.method === 'HEAD' ? null : content, {
      status: 200,
      headers: { ...headers, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' },
    });
  };
}
