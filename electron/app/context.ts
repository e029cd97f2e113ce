/**
 * What the services need from the outside world, provided by the desktop
 * main process or by the browser-mode server. Nothing here knows Electron.
 */
import type { EventName, EventPayload } from '../../shared/api/contract';
import type { Workspaces } from './workspaces';

export interface AppContext {
  workspaces: Workspaces;
  info: { version: string; mode: 'desktop' | 'browser'; dataDir: string };
  /** Today's date `YYYY-MM-DD`, as the user's calendar says (injectable for tests). */
  today: () => string;
  /** Instant for records (`created_at`), ISO 8601. */
  now: () => string;
  /** Opens an https:/mailto: link after the user's confirmation; false when refused or unavailable. */
  openExternal: (url: string) => Promise<boolean>;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** The local calendar day, as `YYYY-MM-DD` (a date on a convention is a day, not an instant). */
export function localToday(clock: () => Date = () => new Date()): string {
  const d = clock();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
