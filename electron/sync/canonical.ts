/**
 * Canonical JSON: keys sorted, no insignificant whitespace, the same bytes for
 * the same value. Hand-written (a dozen lines): for the values of the exchange
 * files (strings, integers, booleans, null, arrays, objects) it is RFC 8785
 * (JCS), and the counterpart re-implements it from the format document.
 */
import { createHash } from 'node:crypto';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sorted(v)]));
  }
  return value;
}

/** Compact canonical form: what the SHA-256 of a file's lines is computed over. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

/** The file text: canonical key order, two-space indent, `\n` line ends, a final newline. */
export function fileText(value: unknown): string {
  return `${JSON.stringify(sorted(value), null, 2)}\n`;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The checksum a header carries: SHA-256 of the canonical JSON of the `lines` array, UTF-8. */
export function linesChecksum(lines: readonly unknown[]): string {
  return sha256Hex(canonicalJson(lines));
}
