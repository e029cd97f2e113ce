/**
 * Who may call the API over IPC: only the main frame of the app's own window,
 * showing a page from app://bundle. Not an iframe, not another window, not a
 * page the window was somehow navigated to.
 */
import type { ApiReply } from '../../shared/api/result';
import { isAppUrl } from './app-url';

/** What the check needs of an Electron WebFrameMain. */
export interface FrameLike {
  url: string;
  processId: number;
  routingId: number;
}

export const FORBIDDEN_REPLY: ApiReply<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Origine refusée.' },
};

export function isTrustedSender(senderFrame: FrameLike | null | undefined, appMainFrame: FrameLike | null | undefined): boolean {
  if (!senderFrame || !appMainFrame) return false;
  const sameFrame = senderFrame === appMainFrame || (senderFrame.processId === appMainFrame.processId && senderFrame.routingId === appMainFrame.routingId);
  return sameFrame && isAppUrl(senderFrame.url);
}
