import joursFeries from '@socialgouv/jours-feries';
import { defineParameter, valueAt } from '../parameters/dated';
import { type Day, dayOfWeek, parseDay } from './day';

/**
 * Public holidays: the national list and Alsace-Moselle's Good Friday and
 * 26 December come from @socialgouv/jours-feries; each overseas department's
 * day commemorating the abolition of slavery is a dated parameter.
 */
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

const ABOLITION_REF = 'loi n° 83-550 du 30 juin 1983 ; décret n° 83-1003 du 23 novembre 1983 (modifié par le décret n° 2012-553)';

/** Month-day of the abolition day per overseas department. */
const ABOLITION_DAYS = {
  '971': defineParameter('jour_ferie.abolition.971', 'Guadeloupe', [{ from: '1983-11-23', value: '05-27', legalRef: ABOLITION_REF }]),
  '972': defineParameter('jour_ferie.abolition.972', 'Martinique', [{ from: '1983-11-23', value: '05-22', legalRef: ABOLITION_REF }]),
  '973': defineParameter('jour_ferie.abolition.973', 'Guyane', [{ from: '1983-11-23', value: '06-10', legalRef: ABOLITION_REF }]),
  '974': defineParameter('jour_ferie.abolition.974', 'La Réunion', [{ from: '1983-11-23', value: '12-20', legalRef: ABOLITION_REF }]),
  '976': defineParameter('jour_ferie.abolition.976', 'Mayotte', [{ from: '1983-11-23', value: '04-27', legalRef: ABOLITION_REF }]),
} as const;

const cache = new Map<string, Map<Day, string>>();

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Holidays of a year for a department (national only when none is given), by epoch day. */
function holidaysOf(year: number, department?: string): Map<Day, string> {
  const key = `${year}|${department ?? ''}`;
  let set = cache.get(key);
  if (set) return set;
  set = new Map();
  const alsace = department !== undefined && ALSACE_MOSELLE.has(department);
  for (const [name, date] of Object.entries(joursFeries(year, { alsace }))) {
    // The library builds local-time midnights: read them back in local time.
    set.set(parseDay(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`), name);
  }
  if (department !== undefined && department in ABOLITION_DAYS) {
    const param = ABOLITION_DAYS[department as keyof typeof ABOLITION_DAYS];
    const iso = `${year}-01-01`;
    const v = valueAt(param, `${year}-12-31`) ?? valueAt(param, iso);
    if (v) set.set(parseDay(`${year}-${v.value}`), 'Abolition de l’esclavage');
  }
  cache.set(key, set);
  return set;
}

export function holidayName(day: Day, year: number, department?: string): string | undefined {
  return holidaysOf(year, department).get(day);
}

export function isWeekend(day: Day): boolean {
  return dayOfWeek(day) >= 5;
}
