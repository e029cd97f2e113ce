import { LocalDate } from '@js-joda/core';
import { formatDateFr } from '../format/date';

/**
 * Calendar days without time zones. Internally a day is its epoch-day number
 * (days since 1970-01-01), which makes comparisons and day arithmetic plain
 * integer operations; js-joda's LocalDate does the calendar work (parsing,
 * months, leap years). Parsed and formatted values are cached: the checker
 * sees the same few thousand dates over and over.
 */
export type Day = number;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const parsed = new Map<string, Day | null>();
const formatted = new Map<Day, string>();

/** Epoch day of a `YYYY-MM-DD` string, or undefined when it is not a real date. */
export function tryParseDay(iso: string): Day | undefined {
  let d = parsed.get(iso);
  if (d === undefined) {
    d = null;
    if (ISO.test(iso)) {
      try {
        d = LocalDate.parse(iso).toEpochDay();
      } catch {
        d = null;
      }
    }
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(iso, d);
  }
  return d === null ? undefined : d;
}

export function parseDay(iso: string): Day {
  const d = tryParseDay(iso);
  if (d === undefined) throw new RangeError(`date invalide : ${iso}`);
  return d;
}

export function formatDay(day: Day): string {
  let s = formatted.get(day);
  if (s === undefined) {
    s = LocalDate.ofEpochDay(day).toString();
    if (formatted.size > 100_000) formatted.clear();
    formatted.set(day, s);
  }
  return s;
}

export function isIsoDate(s: string): boolean {
  return tryParseDay(s) !== undefined;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Same day-of-month `n` months later, or that month's last day when there is none. */
export function addMonths(day: Day, n: number): Day {
  return LocalDate.ofEpochDay(day).plusMonths(n).toEpochDay();
}

/**
 * "End of month N" of a contract that started on `start`: the day before the
 * same day-of-month N months later (clamped). Hired 3 May → month 3 ends 2 Aug.
 */
export function endOfContractMonth(start: Day, n: number): Day {
  return addMonths(start, n) - 1;
}

export function yearOf(day: Day): number {
  return Number(formatDay(day).slice(0, 4));
}

export function firstOfMonth(day: Day): Day {
  const s = formatDay(day);
  return parseDay(`${s.slice(0, 8)}01`);
}

export function daysInMonthOf(day: Day): number {
  return LocalDate.ofEpochDay(day).lengthOfMonth();
}

/** Whole calendar years between birth and `on` (the birthday itself counts). */
export function ageOn(birth: Day, on: Day): number {
  const b = formatDay(birth);
  const o = formatDay(on);
  let age = Number(o.slice(0, 4)) - Number(b.slice(0, 4));
  if (o.slice(5) < b.slice(5)) age -= 1;
  return age;
}

/**
 * Length from `start` to `end` (inclusive) in months as a fraction:
 * whole months counted with `endOfContractMonth`, the rest as days over the
 * length of the month in which it falls. Returns [numerator, denominator].
 */
export function monthsBetween(start: Day, end: Day): { whole: number; extraDays: number; extraMonthLength: number } {
  let whole = 0;
  while (endOfContractMonth(start, whole + 1) <= end) whole++;
  const from = addMonths(start, whole);
  const extraDays = end - from + 1;
  const extraMonthLength = addMonths(start, whole + 1) - from;
  return { whole, extraDays: Math.max(0, extraDays), extraMonthLength };
}

/** A day as a person reads it, in every message of the rules: `JJ/MM/AAAA`. */
export function dayFr(day: Day | string): string {
  return formatDateFr(typeof day === 'number' ? formatDay(day) : day);
}
