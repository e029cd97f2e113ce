/**
 * Retention of the conventions (issue #15 §1, docs/protection-des-donnees.md):
 * a convention is due for archiving and purge once its effective end — the
 * convention's `ends_on`, which a rupture or a dénonciation brings forward to
 * the day the contract ended — lies more than `years` years before the
 * workspace's day. Pure: the repository and the dashboard use the cutoff.
 */

/** The default of the data-protection notice: 5 years after the end (end of the aid's financial control, prescription). */
export const RETENTION_DEFAULT_YEARS = 5;

export const RETENTION_YEARS_RANGE = { min: 1, max: 30 } as const;

/** The passphrase of the encrypted archive: at least this many characters. */
export const PASSPHRASE_MIN_LENGTH = 12;

/** The statuses of a convention that was signed: a draft or a convention to sign never ran, it is not « ended ». */
export const SIGNED_STATUSES = ['signee', 'en_cours', 'terminee', 'resiliee', 'denoncee'] as const;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The same calendar day `years` years before `day` (29 February → 28 February of a common year).
 * A convention ended on that day is not yet due; one ended the day before is.
 */
export function retentionCutoff(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) - years;
  const monthDay = day.slice(5) === '02-29' && !isLeap(year) ? '02-28' : day.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** A signed convention whose effective end is more than `years` years before `day`. */
export function isDueForPurge(convention: { status: string; endsOn: string | null }, day: string, years: number): boolean {
  return (SIGNED_STATUSES as readonly string[]).includes(convention.status) && convention.endsOn !== null && convention.endsOn < retentionCutoff(day, years);
}
