/**
 * Locks down every web contents and the session it lives in: no navigation
 * away from app://bundle, no new windows, no <webview>, no permission
 * (camera, notifications, geolocation, USB…), no request to the network
 * (the CSP already says so; this holds even if the CSP were lost). Links to
 * https:/mailto: that the page tries to open in a new window go through the
 * confirmation helper.
 */
import { isAllowedExternalUrl } from './external-links';
import { isAllowedNavigation } from './app-url';

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents this guard uses (a fake in tests). */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The part of Electron's Session this guard uses (a fake in tests). */
export interface GuardableSession {
  setPermissionRequestHandler(handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: (() => boolean) | null): void;
  setDevicePermissionHandler(handler: (() => boolean) | null): void;
  webRequest: {
    onBeforeRequest(filter: { urls: string[] }, listener: ((details: unknown, callback: (response: { cancel?: boolean }) => void) => void) | null): void;
  };
}

/** Every URL the page could reach the network with; app:// and devtools:// are not among them. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

export function hardenWebContents(contents: GuardableContents, openExternal: (url: string) => Promise<unknown>): void {
  const refuseOutside = (event: PreventableEvent, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseOutside);
  contents.on('will-redirect', refuseOutside);
  contents.on('will-frame-navigate', (event) => refuseOutside(event, event.url));
  // The app never embeds <webview>; one appearing would be an attack.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

export function hardenSession(session: GuardableSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}
