/**
 * Browser mode listens on loopback only, and every request is checked before
 * any byte of its body is read: one Host header naming the app (defeats DNS
 * rebinding and request smuggling), the Origin header on API calls (defeats
 * other sites' pages), the session cookie (session.ts), then the declared
 * length against the cap.
 */
import type http from 'node:http';

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** 'ok', 'duplicate' (two Host headers: refused, whatever they say) or 'refused'. */
export function checkHost(req: http.IncomingMessage, port: number): 'ok' | 'duplicate' | 'refused' {
  const hosts = req.headersDistinct.host ?? [];
  if (hosts.length > 1) return 'duplicate';
  return hosts.length === 1 && allowedHosts(port).includes(hosts[0]!.toLowerCase()) ? 'ok' : 'refused';
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** The body's declared length: 'absent' (none declared, or chunked), 'invalid', or the number of bytes. */
export function declaredLength(req: http.IncomingMessage): number | 'absent' | 'invalid' {
  const value = req.headers['content-length'];
  if (value === undefined) return req.headers['transfer-encoding'] === undefined ? 0 : 'absent';
  return /^\d{1,15}$/.test(value) ? Number(value) : 'invalid';
}
