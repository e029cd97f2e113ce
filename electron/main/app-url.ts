/**
 * The renderer's one origin: `app://bundle`, served by the app:// protocol
 * from out/renderer. Anything else (https:, file:, another app:// host) is
 * outside the app: no navigation there, no IPC from there.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://bundle/…` (no credentials, no port: `app://bundle@evil/` is another host). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}

/** The window may only navigate within the app (the hash router never leaves index.html). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}
