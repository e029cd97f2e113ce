/**
 * The Activité tab's model: hours typed the French way (`86,67`) held in
 * hundredths of an hour, days of unpaid suspension, a period's rows as typed
 * turned into the months the channels take, and the words of each status.
 */
import type { MantineColor } from '@mantine/core';
import type { ActivityMonthInput, ProofPeriodView, ProofStatus } from '../../../../../shared/api/activity-contract';
import type { Parsed } from '../../../../../shared/format/input';

const SPACES = /[\s\u00a0\u202f]/g;
/** 744 h: 31 days of 24 hours. */
const MAX_HUNDREDTHS = 74_400;

/** `86,67` (or `86.67`, `86,67 h`) → 8667 hundredths of an hour; empty → null. */
export function parseHundredths(text: string): Parsed<number> {
  const t = text.replace(SPACES, '').replace(/h$/i, '');
  if (t === '') return { ok: true, value: null };
  if (t.startsWith('-')) return { ok: false, error: 'Nombre d’heures négatif : indiquez 0 ou plus' };
  const m = /^(\d{1,4})(?:[,.](\d{0,2}))?$/.exec(t);
  if (!m) return { ok: false, error: 'Heures attendues en chiffres, virgule pour les décimales, 2 au plus (ex. 86,67)' };
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (value > MAX_HUNDREDTHS) return { ok: false, error: 'Plus d’heures qu’un mois n’en compte (744 h au plus)' };
  return { ok: true, value };
}

/** 8667 → `86,67`, 8000 → `80`, 850 → `8,5`. */
export function formatHundredths(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const whole = Math.floor(value / 100);
  const dec = String(value % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return dec ? `${whole},${dec}` : String(whole);
}

/** Days of unpaid suspension in a month: a whole number from 0 to 31; empty → null. */
export function parseDays(text: string): Parsed<number> {
  const t = text.replace(SPACES, '');
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,2}$/.test(t)) return { ok: false, error: 'Nombre entier de jours attendu (ex. 0 ou 12)' };
  const value = Number(t);
  if (value > 31) return { ok: false, error: '31 jours au plus dans un mois' };
  return { ok: true, value };
}

export const formatDays = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** One month as typed: null while a field is empty (or wrong). */
export interface RowValues {
  worked: number | null;
  paidLeave: number | null;
  sickLeave: number | null;
  otherAbsence: number | null;
  suspensionDays: number | null;
}

export type Rows = Record<string, RowValues>;

/** The rows of a period, filled with what is recorded. */
export function rowsOf(period: ProofPeriodView): Rows {
  return Object.fromEntries(
    period.months.map((m) => [
      m.month,
      {
        worked: m.recorded?.workedHundredths ?? null,
        paidLeave: m.recorded?.paidLeaveHundredths ?? null,
        sickLeave: m.recorded?.sickLeaveHundredths ?? null,
        otherAbsence: m.recorded?.otherAbsenceHundredths ?? null,
        suspensionDays: m.recorded?.unpaidSuspensionDays ?? null,
      },
    ]),
  );
}

/** The months to send: those with hours worked typed (0 counts); an empty absence or day count is 0. */
export function monthsOf(rows: Rows): ActivityMonthInput[] {
  return Object.entries(rows)
    .filter(([, r]) => r.worked !== null)
    .map(([month, r]) => ({
      month,
      workedHundredths: r.worked ?? 0,
      paidLeaveHundredths: r.paidLeave ?? 0,
      sickLeaveHundredths: r.sickLeave ?? 0,
      otherAbsenceHundredths: r.otherAbsence ?? 0,
      unpaidSuspensionDays: r.suspensionDays ?? 0,
    }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** The rows differ from what is recorded. */
export function rowsChanged(period: ProofPeriodView, rows: Rows): boolean {
  return JSON.stringify(monthsOf(rows)) !== JSON.stringify(monthsOf(rowsOf(period)));
}

export const PROOF_STATUS: Record<ProofStatus, { label: string; color: MantineColor }> = {
  a_saisir: { label: 'À saisir', color: 'gray' },
  incomplet: { label: 'Incomplet', color: 'yellow' },
  a_corriger: { label: 'À corriger', color: 'red' },
  pret: { label: 'Prêt à envoyer', color: 'teal' },
  prepare: { label: 'Préparé', color: 'blue' },
  envoye: { label: 'Envoyé', color: 'indigo' },
  accepte: { label: 'Accepté', color: 'green' },
  rejete: { label: 'Rejeté', color: 'red' },
};

/** The period to open first: the earliest still to do whose months have begun to end, else the first. */
export function periodToOpen(periods: readonly ProofPeriodView[]): string | null {
  const todo = periods.find((p) => ['a_saisir', 'incomplet', 'a_corriger', 'rejete'].includes(p.status) && p.months.some((m) => m.over));
  return (todo ?? periods[0])?.start ?? null;
}

/** Hundredths of an hour as a person reads them: 8667 → `86,67 h`. */
export function hoursText(hundredths: number): string {
  return `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(hundredths / 100)}\u00a0h`;
}
