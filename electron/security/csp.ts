/**
 * The Content-Security-Policy of the renderer, the same in the desktop window
 * (app:// protocol) and in browser mode (HTTP server): scripts only from the
 * app itself, no inline script, no remote origin, styles from the app or
 * carrying the per-launch nonce (the component library writes its CSS
 * variables in a <style> element that carries it).
 */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Writes the per-launch style nonce into the built index.html (placeholder in renderer/index.html). */
export function fillIndexHtml(html: string, values: { styleNonce: string }): string {
  return html.replace('__CAE_STYLE_NONCE__', values.styleNonce);
}

/** Headers sent with every renderer file. */
export function securityHeaders(styleNonce: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleNonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  };
}
