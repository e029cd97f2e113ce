/**
 * The IPC side of the API: ONE handler for every channel, which refuses any
 * sender but the app's own frame and hands the rest to `services.dispatch`
 * (where the payload is validated against the contract's schema before any
 * handler runs). Service events are pushed to the window on one channel.
 */
import type { ApiReply } from '../../shared/api/result';
import type { AppServices } from '../api/app-services';
import { IPC_EVENT, IPC_INVOKE } from '../preload/ipc-names';
import { FORBIDDEN_REPLY, isTrustedSender, type FrameLike } from './ipc-sender';

/** The part of Electron's ipcMain used here (a fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: FrameLike | null }, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** The part of Electron's WebContents used to push events. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export function bindApiHandler(ipcMain: IpcMainLike, dispatch: AppServices['dispatch'], appMainFrame: () => FrameLike | null | undefined): () => void {
  ipcMain.handle(IPC_INVOKE, async (event, channel, input): Promise<ApiReply<unknown>> => {
    if (!isTrustedSender(event.senderFrame, appMainFrame())) return FORBIDDEN_REPLY;
    return dispatch(channel, input);
  });
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

export function forwardEvents(subscribe: AppServices['subscribe'], target: () => EventTarget | null | undefined): () => void {
  return subscribe((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT, event, payload);
  });
}
