import iconUrl from '../assets/icon.svg';

/**
 * Declares the window icon from the bundle before the page finishes loading,
 * so the browser does not ask the server for a /favicon.ico it does not have.
 */
export function installFavicon(): void {
  if (document.querySelector('link[rel="icon"]')) return;
  const link = document.createElement('link');
  link.rel = 'icon';
  link.type = 'image/svg+xml';
  link.href = iconUrl;
  document.head.append(link);
}
