/**
 * The built renderer's files, served by the app:// protocol (desktop) and by
 * the HTTP server (browser mode): which file a path names — never one outside
 * the renderer folder — and its content type.
 */
import path from 'node:path';

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
 * The file under `root` that a decoded URL path names (`/` is index.html), or
 * null when it would leave `root`: `..` segments, backslashes, NUL bytes,
 * drive letters or anything else the final containment check catches.
 */
export function resolveRendererFile(root: string, decodedPath: string): string | null {
  if (decodedPath.includes('\\') || decodedPath.includes('\0') || decodedPath.includes(':')) return null;
  const segments = decodedPath.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...(segments.length ? segments : ['index.html']));
  // Belt and braces: whatever the checks above let through must stay inside root.
  return file.startsWith(base + path.sep) ? file : null;
}
