/**
 * Dates travel as `YYYY-MM-DD` strings without time zones (a date on a
 * convention is a calendar day, not an instant). They are shown `JJ/MM/AAAA`,
 * in rule messages as on every screen and document (shared/format/date.ts).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDateFr(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** `2008-06` → `juin 2008`. */
/** Built once: an Intl formatter is costly to create, and the aid schedule names a month per line. */
const MONTH_FR = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatMonthFr(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number);
  if (!year || !month) return isoMonth;
  return MONTH_FR.format(Date.UTC(year, month - 1, 1));
}
