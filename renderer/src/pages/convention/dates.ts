/** French date fields: typed `JJ/MM/AAAA`, sent `YYYY-MM-DD`. */
import { formatDateFr } from '../../../../shared/format/date';
import { appToday } from '../../store/today';

const FR_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** `15/06/2009` → `2009-06-15`; null when it is not a real calendar day. */
export function parseDateFr(text: string): string | null {
  const m = FR_DATE.exec(text.trim());
  if (!m) return null;
  const [, dd, mm, yyyy] = m;
  const day = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  if (day.getUTCFullYear() !== Number(yyyy) || day.getUTCMonth() !== Number(mm) - 1 || day.getUTCDate() !== Number(dd)) return null;
  return `${yyyy}-${mm}-${dd}`;
}

/** `2009-06-15` + n days, as `YYYY-MM-DD`. */
export function addDaysIso(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Today as the app's clock says, `YYYY-MM-DD`. */
export const todayIso = appToday;

export const todayFr = () => formatDateFr(todayIso());

export const DATE_HINT = 'Format JJ/MM/AAAA';
export const dateError = (label: string) => `${label} : date attendue au format JJ/MM/AAAA (ex. 15/06/2009)`;
