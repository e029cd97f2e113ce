/** Printed values: dates JJ/MM/AAAA, money `1 234,56 €`, French yes/no; a dash-free blank when unknown. */
import { formatDateFr } from '../../shared/format/date';
import { formatBasisPoints, formatCents } from '../../shared/format/money';
import { decimalToUnits } from '../../shared/rules/index';

const BLANK = '';

export function date(iso: string | null | undefined): string {
  return formatDateFr(iso ?? null);
}

/** A `cae.convention/1` money string (`"800.00"`) printed as `800,00 €`. */
export function money(decimal: string | null | undefined): string {
  if (decimal === null || decimal === undefined) return BLANK;
  const cents = decimalToUnits(decimal, 2);
  return cents === undefined ? decimal : formatCents(cents);
}

export function cents(value: number | null | undefined): string {
  return value === null || value === undefined ? BLANK : formatCents(value);
}

/** A `cae.convention/1` percentage string (`"87.5"`) printed as `87,5 %`. */
export function percent(decimal: string | null | undefined): string {
  if (decimal === null || decimal === undefined) return BLANK;
  const bp = decimalToUnits(decimal, 2);
  return bp === undefined ? decimal : formatBasisPoints(bp);
}

export function hours(value: number | null | undefined): string {
  if (value === null || value === undefined) return BLANK;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(value)}\u00a0h`;
}

export function yesNo(value: boolean | null | undefined): string {
  return value === true ? 'oui' : value === false ? 'non' : BLANK;
}

/** Reads an extra (loose) field of the document as text, when it is one. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** PDF metadata date from a `YYYY-MM-DD` day (noon UTC, so every time zone shows the same day). */
export function pdfDate(iso: string | null | undefined): Date {
  const day = iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : '2000-01-01';
  return new Date(`${day}T12:00:00Z`);
}
