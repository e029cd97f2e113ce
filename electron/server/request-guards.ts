/**
 * Browser mode listens on loopback only, and every request is checked:
 * the Host header (defeats DNS rebinding, static files included since the
 * page carries the token), the Origin header on API calls (defeats other
 * sites' pages), and the per-launch token on API calls.
 */
import { timingSafeEqual } from 'node:crypto';

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

export function isValidToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
