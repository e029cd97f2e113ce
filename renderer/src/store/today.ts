/**
 * Today as the app's clock says (`app.info`: the computer's day, or
 * SOURCE_DATE_EPOCH's): the screens' default dates, never the renderer's own
 * clock. Read with the workspace, again when the window comes back into view,
 * and every hour, so a window left open overnight moves on to the new day.
 */
import { create } from 'zustand';
import { call } from '../api/transport';

const HOUR = 60 * 60 * 1000;

interface TodayStore {
  /** `YYYY-MM-DD`; null until first read. */
  today: string | null;
  refresh: () => Promise<void>;
}

let following = false;

/** Reads the day again when the window is shown or focused again, and every hour. */
function follow(refresh: () => Promise<void>): void {
  if (following || typeof window === 'undefined') return;
  following = true;
  const again = () => void refresh().catch(() => undefined);
  window.addEventListener('focus', again);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') again();
  });
  window.setInterval(again, HOUR);
}

export const useTodayStore = create<TodayStore>()((set, get) => ({
  today: null,
  refresh: async () => {
    const { today } = await call('app.info', {});
    if (today !== get().today) set({ today });
    follow(get().refresh);
  },
}));

/** Today `YYYY-MM-DD`, as last read from the app (the screens only show once it is known). */
export function appToday(): string {
  return useTodayStore.getState().today ?? '';
}
