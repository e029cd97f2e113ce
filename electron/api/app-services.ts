/**
 * Everything behind the API, assembled once per launch: the workspaces, the
 * handler map and the dispatcher, and the event fan-out. The desktop main
 * process binds it to IPC, browser mode to HTTP: only the transport differs.
 * The composition root is here, not in electron/app: the API is built on the
 * app context, and electron/app never imports electron/api.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import type { ApiReplyOf, Channel, ChannelInput, EventName, EventPayload } from '../../shared/api/contract';
import { systemClock, type AppContext } from '../app/context';
import { automaticBackups } from '../app/backups';
import { Workspaces, type WorkspaceSecrets } from '../app/workspaces';
import type { OpenOptions } from '../db/connection';
import { createDispatch, createStreamDispatch, type Dispatch, type StreamDispatch } from './dispatch';
import { createFileStreams } from './export-csv';
import { createHandlers } from './handlers';
import { CHANNEL_ACCESS } from '../../shared/api/channel-access';
import { checkAccess } from '../services/accounts';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface AppServices {
  /** For transports: channel and payload come from outside and are validated. */
  dispatch: Dispatch;
  /** The same, for a channel whose file is streamed to a download (browser mode) rather than answered in base64. */
  stream: StreamDispatch;
  /** The same call, typed, for code and tests inside the main process. */
  invoke: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ApiReplyOf<C>>;
  subscribe: (listener: EventListener) => () => void;
  workspaces: Workspaces;
  close: () => void;
}

export interface ServicesOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  today?: () => string;
  now?: () => string;
  /** Where SOURCE_DATE_EPOCH is read (the process environment by default). */
  env?: Record<string, string | undefined>;
  openOptions?: OpenOptions;
  /** The passphrase of the user's encrypted workspace, when given at start (CAE_PHRASE_SECRETE), and who keeps it (the desktop's keychain). */
  secrets?: WorkspaceSecrets;
  log?: (error: unknown) => void;
  /** Milliseconds of the wall clock: inactivity lock and lock after failed sign-ins (tests move it). */
  wallClock?: () => number;
  /** Desktop only: the « Enregistrer sous » box of the main process (AppContext.chooseSaveFile). */
  chooseSaveFile?: AppContext['chooseSaveFile'];
}

function appVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

export function createAppServices(options: ServicesOptions): AppServices {
  const emitter = new EventEmitter();
  // The automatic backup of the user's own database, when it opens and then hourly, at most once a day.
  const backups = automaticBackups(() => ctx, options.log ?? ((error) => console.error(error)));
  const workspaces = new Workspaces(options.dataDir, options.openOptions, backups.onOpened, options.secrets);
  const ctx: AppContext = {
    ...systemClock(options.env ?? process.env, { today: options.today, now: options.now }),
    workspaces,
    info: { version: appVersion(), mode: options.mode, dataDir: options.dataDir },
    emit: (event, payload) => emitter.emit('event', event, payload),
    chooseSaveFile: options.chooseSaveFile,
  };
  const wallClock = options.wallClock ?? Date.now;
  // Once the workspace has accounts, every channel is checked against the signed-in account's role first.
  const guard = (channel: Channel) => {
    if (CHANNEL_ACCESS[channel] === 'public') return;
    // A workspace not created yet or still locked has no account: its channels refuse by themselves (WORKSPACE_NOT_READY, WORKSPACE_LOCKED).
    const db = workspaces.openIfAvailable();
    if (db) checkAccess({ db, now: ctx.now, clock: wallClock }, CHANNEL_ACCESS[channel]);
  };
  const dispatch = createDispatch(createHandlers(ctx, wallClock), options.log, guard);
  return {
    dispatch,
    stream: createStreamDispatch(createFileStreams(ctx), options.log, guard),
    invoke: (channel, input) => dispatch(channel, input) as Promise<ApiReplyOf<typeof channel>>,
    subscribe: (listener) => {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    workspaces,
    close: () => {
      backups.stop();
      workspaces.close();
    },
  };
}
