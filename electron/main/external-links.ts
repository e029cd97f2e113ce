/**
 * The one way out of the app to the user's browser or mail client: only
 * `https:` and `mailto:` links, and only after the user has said yes.
 * Everything else (http:, file:, javascript:, custom schemes that could start
 * a local program) is refused.
 */
import type { MessageBoxOptions } from 'electron';

const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:']);
const MAX_URL_LENGTH = 2000;

export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
  // An https: link needs a host; credentials in a link are a classic disguise (https://bank@evil/).
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  return true;
}

export const OPEN_BUTTON = 0;
export const CANCEL_BUTTON = 1;

/** The confirmation shown before any link leaves the app; « Annuler » is the default. */
export function externalLinkDialogOptions(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Lien externe',
    message: 'Ouvrir ce lien dans votre navigateur ?',
    detail: url,
    buttons: ['Ouvrir', 'Annuler'],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    noLink: true,
  };
}

/**
 * Checks the scheme, asks the user, then opens. Resolves to whether the link
 * was opened. `confirm` shows the dialog, `open` is `shell.openExternal`.
 */
export async function openExternalSafely(url: string, confirm: (url: string) => Promise<boolean>, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  if (!(await confirm(url))) return false;
  await open(url);
  return true;
}
