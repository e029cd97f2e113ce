/**
 * The years the « Personnel » page offers for the yearly report to the staff
 * representatives: every year in which a signed convention ran, up to the
 * workspace's day, the latest first; the year chosen first is the one asked
 * (`?annee=`, the « Obligations » screen's link), else last year, else the latest.
 */
import type { StaffPerson } from '../../../../shared/api/employer-contract';
import { isSigned } from '../../../../shared/domain/enums';

export function reportYears(people: readonly StaffPerson[], today: string): number[] {
  const years = new Set<number>();
  const current = Number(today.slice(0, 4));
  for (const c of people.flatMap((p) => p.conventions)) {
    if (!isSigned(c.status) || c.startsOn > today) continue;
    const last = Math.min(current, Number((c.endsOn ?? today).slice(0, 4)));
    for (let y = Number(c.startsOn.slice(0, 4)); y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

export function initialReportYear(years: readonly number[], today: string, asked: string | null): number | null {
  const wanted = Number(asked);
  if (years.includes(wanted)) return wanted;
  const last = Number(today.slice(0, 4)) - 1;
  return years.includes(last) ? last : (years[0] ?? null);
}
