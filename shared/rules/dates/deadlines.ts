import type { Trace } from '../compute/trace';
import { type Day, addMonths, dayFr, dayOfWeek, formatDay, parseDay, yearOf } from './day';
import { holidayName, isWeekend } from './holidays';

export const DEADLINE_KINDS = ['jours-francs', 'jours-ouvres', 'jours', 'mois'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  deadline: string;
  trace: Trace;
}

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Why a day is not worked, or undefined when it is a working day. */
export function nonWorkingReason(day: Day, department?: string): string | undefined {
  if (isWeekend(day)) return WEEKDAYS[dayOfWeek(day)];
  return holidayName(day, yearOf(day), department);
}

export function isWorkingDay(day: Day, department?: string): boolean {
  return nonWorkingReason(day, department) === undefined;
}

/** A deadline falling on a Saturday, Sunday or holiday moves to the next working day. */
function nextWorkingDay(day: Day, department?: string, notes?: string[]): Day {
  let d = day;
  for (let reason = nonWorkingReason(d, department); reason !== undefined; reason = nonWorkingReason(d, department)) {
    notes?.push(`${dayFr(d)} : ${reason}, reporté au lendemain`);
    d += 1;
  }
  return d;
}

const FORMULAS: Record<DeadlineKind, string> = {
  'jours-francs': 'jour de départ + N + 1 (ni le jour de départ ni le dernier jour ne comptent), reporté au jour ouvré suivant',
  'jours-ouvres': 'N-ième jour du lundi au vendredi, hors jours fériés, après le jour de départ',
  jours: 'jour de départ + N, reporté au jour ouvré suivant',
  mois: 'même quantième N mois plus tard (dernier jour du mois s’il n’existe pas), reporté au jour ouvré suivant',
};

/**
 * Deadlines as French procedure counts them.
 * - `jours-francs`: after day D, ends on D + N + 1.
 * - `jours-ouvres`: the Nth Monday–Friday that is not a holiday after D.
 * - `jours`: D + N.
 * - `mois`: same day-of-month N months later, clamped to the month's end.
 * Any result on a Saturday, Sunday or holiday moves to the next working day.
 */
export function computeDeadline(kind: DeadlineKind, n: number, from: string, department?: string): Deadline {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('nombre entier positif attendu');
  const start = parseDay(from);
  const notes: string[] = [];
  let raw: Day;
  let end: Day;
  if (kind === 'jours-ouvres') {
    let d = start;
    let count = 0;
    while (count < n) {
      d += 1;
      const reason = nonWorkingReason(d, department);
      if (reason === undefined) count++;
      else notes.push(`${dayFr(d)} non compté : ${reason}`);
    }
    raw = d;
    end = d;
  } else {
    raw = kind === 'jours-francs' ? start + n + 1 : kind === 'jours' ? start + n : addMonths(start, n);
    end = nextWorkingDay(raw, department, notes);
  }
  const deadline = formatDay(end);
  return {
    deadline,
    trace: {
      label: `Délai de ${n} ${kind.replace('-', ' ')}`,
      formula: FORMULAS[kind],
      inputs: {
        'jour de départ': from,
        N: String(n),
        ...(department !== undefined ? { département: department } : {}),
        'échéance brute': formatDay(raw),
        ...(notes.length > 0 ? { reports: notes.join(' ; ') } : {}),
      },
      parameters: [],
      result: deadline,
    },
  };
}
