/**
 * What the services need from the outside world, provided by the desktop
 * main process, the browser-mode server or the command line. Nothing here
 * knows Electron. The clock is read here and nowhere else.
 */
import type { EventName, EventPayload } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { Clock } from '../services/clock';
import type { Workspaces } from './workspaces';

export interface AppContext extends Clock {
  workspaces: Workspaces;
  info: { version: string; mode: 'desktop' | 'browser'; dataDir: string };
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /**
   * Desktop only: asks the user where to save a file (the system's « Enregistrer
   * sous » box, opened by the main process with `defaultName`); the path chosen,
   * or null when the box is cancelled. Absent in browser mode, where files are
   * downloaded.
   */
  chooseSaveFile?: ((defaultName: string) => Promise<string | null>) | undefined;
}

/** The local calendar day, as `YYYY-MM-DD` (a date on a convention is a day, not an instant). */
export function localToday(clock: () => Date = () => new Date()): string {
  const d = clock();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** SOURCE_DATE_EPOCH (whole seconds since 1970) when set; a French error, raised when the clock is read, when it is not a number of seconds. */
function sourceDateEpoch(env: Record<string, string | undefined>): Date | AppError | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d{1,12}$/.test(epoch)) return new AppError('INVALID_INPUT', `SOURCE_DATE_EPOCH doit être un nombre de secondes, reçu « ${epoch} ».`);
  return new Date(Number(epoch) * 1000);
}

/**
 * The clock of this process: the computer's, or SOURCE_DATE_EPOCH when set
 * (reproducible exports, docs/exchange-format.md). `today`/`now` given by a
 * caller (tests) take precedence over both.
 */
export function systemClock(
  env: Record<string, string | undefined>,
  given: { today?: (() => string) | undefined; now?: (() => string) | undefined } = {},
): Clock {
  const epoch = sourceDateEpoch(env);
  if (epoch === undefined || given.today || given.now) {
    return { today: given.today ?? (() => localToday()), now: given.now ?? (() => new Date().toISOString()), pinned: false };
  }
  const instant = (): string => {
    if (epoch instanceof AppError) throw epoch;
    return epoch.toISOString();
  };
  return { today: () => instant().slice(0, 10), now: instant, pinned: true };
}

/** The instant written into exchange files and their records: the clock's `now`, to the second. */
export function fileInstant(clock: Pick<Clock, 'now'>): Date {
  return new Date(Math.floor(Date.parse(clock.now()) / 1000) * 1000);
}
