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
import { contentType, resolveRendererFile } from '../security/renderer-files';
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
  return resolveRendererFile(root, pathname);
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
  const fail = (status: number, text: string): Response => new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
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
    const content = file === indexFile ? fillIndexHtml(body.toString('utf8'), { styleNonce: options.styleNonce }) : new Uint8Array(body);
    return new Response(request.method === 'HEAD' ? null : content, {
      status: 200,
      headers: { ...headers, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' },
    });
  };
}
