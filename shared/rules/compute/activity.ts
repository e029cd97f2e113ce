/**
 * The check of a proof of activity against the contract, before the
 * employer signs and sends it (activityPeriods.ts says which months a period
 * holds). Pure: the convention's document, the period, the months as typed,
 * and today when the months must be over.
 *
 * What is checked (docs/rules.md, « Décisions »):
 * - every month of the period is entered, none outside it, each one over;
 * - the days of unpaid suspension match the suspensions the convention
 *   records as events (no aid for a suspension without pay: form CAE-0515;
 *   R. 5134-63; R. 831-9 for the exemption), and fit in the month;
 * - hours worked plus absences stay within what the contract's weekly hours
 *   give: in a month, at most the larger of weekly × 52 / 12 (prorated by
 *   calendar days) and weekly / 5 per weekday (a warning); over the period,
 *   between the smaller and the larger of the two sums, less the unpaid
 *   suspension days: above is an error (more hours than the contract holds —
 *   a typing slip, or an hours change that needs an avenant), below a warning
 *   (hours neither worked nor declared as an absence). A contrat d'avenir with
 *   variable hours may exceed by a third (R. 5134-60). A hundredth of an hour
 *   per month is left for the rounding of the contract's monthly hours.
 */
import { formatMonthFr } from '../format/date';
import { dayFr } from '../dates/day';
import { mulDivRound } from '../money/exact';
import { caeRef, cavRef, DOM_REFS } from '../parameters/articles';
import { ref, REFERENCE_DATA } from '../parameters/sources';
import type { Measure } from '../vocabulary';
import type { ActivityPlan, PeriodMonth, ProofPeriod } from './activityPeriods';

/** One civil month of activity as the employer records it (hours in hundredths of an hour: 86,67 h → 8667). */
export interface ActivityMonth {
  /** `YYYY-MM`. */
  month: string;
  workedHundredths: number;
  /** Congés payés, jours fériés chômés. */
  paidLeaveHundredths: number;
  /** Maladie, accident du travail (absence that is not recorded as a suspension). */
  sickLeaveHundredths: number;
  /** Any other absence (authorised or not). */
  otherAbsenceHundredths: number;
  /** Calendar days of suspension of the contract without pay. */
  unpaidSuspensionDays: number;
}

export const ACTIVITY_FINDING_CODES = [
  'ACTIVITY_MONTH_MISSING',
  'ACTIVITY_MONTH_OUTSIDE_PERIOD',
  'ACTIVITY_MONTH_NOT_OVER',
  'ACTIVITY_SUSPENSION_DAYS_EXCEED',
  'ACTIVITY_SUSPENSION_MISMATCH',
  'ACTIVITY_MONTH_ABOVE_CONTRACT',
  'ACTIVITY_TOTAL_ABOVE_CONTRACT',
  'ACTIVITY_TOTAL_BELOW_CONTRACT',
] as const;
type ActivityFindingCode = (typeof ACTIVITY_FINDING_CODES)[number];

interface ActivityFinding {
  code: ActivityFindingCode;
  severity: 'error' | 'warning';
  /** The month concerned (`YYYY-MM`), or null for the whole period. */
  month: string | null;
  /** French, plain words, says how to fix. */
  message: string;
  legalRef: string;
}

/** Hours in hundredths. */
export interface ActivityTotals {
  workedHundredths: number;
  absenceHundredths: number;
  unpaidSuspensionDays: number;
  /** The contract's hours of the period (weekly × 52 / 12, prorated). */
  contractHundredths: number;
  /** The range worked + absence hours may fall in, unpaid suspension days left out. */
  lowHundredths: number;
  highHundredths: number;
}

export interface ActivityCheck {
  findings: ActivityFinding[];
  totals: ActivityTotals;
  /** No error: the proof can be signed and sent. */
  sendable: boolean;
}

const HOURS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** Hundredths of an hour as a person reads them: `1 016,93 h` (French grouping, decimal comma, no-break space). */
const hoursFr = (hundredths: number): string => `${HOURS.format(hundredths / 100)}\u00a0h`;
const monthFr = (month: string): string => formatMonthFr(month);
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const absenceOf = (m: ActivityMonth): number => m.paidLeaveHundredths + m.sickLeaveHundredths + m.otherAbsenceHundredths;
const REFERENCE_52_12 = `52/12 : ${REFERENCE_DATA.README}`;

/** The text that makes the proof due, cited by the date of the period's last day. */
export function activityProofRef(measure: Measure | undefined, date: string): string {
  if (measure === 'CAE_DOM') return DOM_REFS.payments;
  if (measure === 'CAV') return `${cavRef('contents', date)}, 13° (modalités de versement de l’aide de l’État) et 14° (modalités de contrôle de la convention)`;
  return caeRef('proofOfActivity', date);
}

function suspensionRef(measure: Measure | undefined, date: string): string {
  if (measure === 'CAE_DOM') return DOM_REFS.exemption;
  if (measure === 'CAV') return cavRef('aidStop', date);
  return caeRef('suspension', date);
}

function hoursRef(measure: Measure | undefined, date: string): string {
  if (measure === 'CAE_DOM') return `${DOM_REFS.payments} ; ${DOM_REFS.exemption} ; ${REFERENCE_52_12}`;
  if (measure === 'CAV') return `${cavRef('variableHours', date)} ; ${REFERENCE_52_12}`;
  const hoursChange = ref(
    'FORM_CAE_0515',
    'conditions générales, « Rupture, suspension et modifications… » (« Toute modification de la durée hebdomadaire du travail … doit être signalée » ; avenant)',
  );
  return `${caeRef('proofOfActivity', date)} ; ${hoursChange} ; ${REFERENCE_52_12}`;
}

/** The share of a month's hours left once its unpaid suspension days are taken out (clamped to the month's days). */
function unsuspended(value: number, m: PeriodMonth, days: number): number {
  const kept = Math.max(0, m.days - Math.min(days, m.days));
  return mulDivRound([value, kept], [m.days]);
}

/** The most hours a month may hold: the larger of the two ways of counting the contract's hours, a third more with variable hours. */
function monthCeiling(plan: ActivityPlan, m: PeriodMonth, suspended: number): number {
  const ceiling = unsuspended(Math.max(m.contractHundredths, m.weekdayHundredths), m, suspended);
  return plan.modulated ? mulDivRound([ceiling, 4], [3]) : ceiling;
}

type Emit = (f: ActivityFinding) => void;

function checkMonths(period: ProofPeriod, months: readonly ActivityMonth[], today: string | undefined, emit: Emit, measure: Measure | undefined): void {
  const legalRef = activityProofRef(measure, period.end);
  const given = new Set(months.map((m) => m.month));
  const range = `du ${dayFr(period.start)} au ${dayFr(period.end)}`;
  for (const m of months) {
    if (period.months.some((p) => p.month === m.month)) continue;
    emit({
      code: 'ACTIVITY_MONTH_OUTSIDE_PERIOD',
      severity: 'error',
      month: m.month,
      message: `${capitalised(monthFr(m.month))} n’appartient pas à la période « ${period.label} » (${range}) : saisissez-le avec la période qui le contient.`,
      legalRef,
    });
  }
  for (const p of period.months) {
    if (!given.has(p.month)) {
      emit({
        code: 'ACTIVITY_MONTH_MISSING',
        severity: 'error',
        month: p.month,
        message: `${capitalised(monthFr(p.month))} n’est pas saisi : indiquez les heures travaillées, les absences et les jours de suspension non rémunérée de ce mois (0 s’il n’y en a pas).`,
        legalRef,
      });
    } else if (today !== undefined && p.to >= today) {
      emit({
        code: 'ACTIVITY_MONTH_NOT_OVER',
        severity: 'error',
        month: p.month,
        message: `${capitalised(monthFr(p.month))} n’est pas terminé (la convention le couvre jusqu’au ${dayFr(p.to)}) : le justificatif atteste une activité passée ; saisissez ce mois une fois écoulé.`,
        legalRef,
      });
    }
  }
}

function checkSuspension(p: PeriodMonth, m: ActivityMonth, emit: Emit, measure: Measure | undefined): void {
  const legalRef = suspensionRef(measure, p.to);
  const name = capitalised(monthFr(p.month));
  const declared = m.unpaidSuspensionDays;
  if (declared > p.days) {
    emit({
      code: 'ACTIVITY_SUSPENSION_DAYS_EXCEED',
      severity: 'error',
      month: p.month,
      message: `${name} : ${declared} jours de suspension non rémunérée déclarés, pour ${p.days} jours couverts par la convention (du ${dayFr(p.from)} au ${dayFr(p.to)}) : corrigez le nombre de jours.`,
      legalRef,
    });
    return;
  }
  if (declared === p.suspensionDays) return;
  const message =
    declared > p.suspensionDays
      ? `${name} : ${declared} jour(s) de suspension non rémunérée déclaré(s), mais la convention n’en enregistre que ${p.suspensionDays} ce mois-ci : déclarez la suspension (événement de la convention, à signaler dans les sept jours francs) ou corrigez le nombre de jours. L’aide n’est pas versée pour une suspension sans maintien de la rémunération.`
      : `${name} : les suspensions non rémunérées enregistrées sur la convention comptent ${p.suspensionDays} jour(s) ce mois-ci, ${declared} déclaré(s) : indiquez ${p.suspensionDays} jour(s), ou corrigez l’événement s’il est faux.`;
  emit({ code: 'ACTIVITY_SUSPENSION_MISMATCH', severity: 'error', month: p.month, message, legalRef });
}

function checkMonthHours(plan: ActivityPlan, p: PeriodMonth, m: ActivityMonth, emit: Emit): void {
  const ceiling = monthCeiling(plan, p, m.unpaidSuspensionDays);
  const counted = m.workedHundredths + absenceOf(m);
  if (counted <= ceiling + 1) return;
  const weekly = hoursFr(p.weeklyHundredths);
  emit({
    code: 'ACTIVITY_MONTH_ABOVE_CONTRACT',
    severity: 'warning',
    month: p.month,
    message: `${capitalised(monthFr(p.month))} : ${hoursFr(counted)} travaillées ou d’absence, pour ${hoursFr(ceiling)} au plus au contrat (${weekly} par semaine${plan.modulated ? ', un tiers de plus avec la modulation' : ''}) : vérifiez la saisie. Des heures au-delà de la durée du contrat ne sont pas aidées ; une durée hebdomadaire qui change demande un avenant.`,
    legalRef: hoursRef(plan.measure, p.to),
  });
}

function periodTotals(plan: ActivityPlan, period: ProofPeriod, byMonth: ReadonlyMap<string, ActivityMonth>): ActivityTotals {
  let low = 0;
  let high = 0;
  let contract = 0;
  const totals = { workedHundredths: 0, absenceHundredths: 0, unpaidSuspensionDays: 0 };
  for (const p of period.months) {
    const m = byMonth.get(p.month);
    const days = m?.unpaidSuspensionDays ?? 0;
    contract += p.contractHundredths;
    low += unsuspended(Math.min(p.contractHundredths, p.weekdayHundredths), p, days);
    high += monthCeiling(plan, p, days);
    if (!m) continue;
    totals.workedHundredths += m.workedHundredths;
    totals.absenceHundredths += absenceOf(m);
    totals.unpaidSuspensionDays += days;
  }
  return { ...totals, contractHundredths: contract, lowHundredths: low, highHundredths: high };
}

function checkTotal(plan: ActivityPlan, period: ProofPeriod, totals: ActivityTotals, emit: Emit): void {
  const counted = totals.workedHundredths + totals.absenceHundredths;
  const slack = period.months.length;
  const legalRef = hoursRef(plan.measure, period.end);
  const declared = `${hoursFr(totals.workedHundredths)} travaillées et ${hoursFr(totals.absenceHundredths)} d’absence, soit ${hoursFr(counted)}`;
  const suspended = totals.unpaidSuspensionDays ? `, ${totals.unpaidSuspensionDays} jour(s) de suspension non rémunérée déduit(s)` : '';
  if (counted > totals.highHundredths + slack) {
    emit({
      code: 'ACTIVITY_TOTAL_ABOVE_CONTRACT',
      severity: 'error',
      month: null,
      message: `${period.label} : ${declared}, pour ${hoursFr(totals.contractHundredths)} au contrat (heures hebdomadaires × 52 / 12) et ${hoursFr(totals.highHundredths)} au plus en comptant les jours ouvrés${suspended} : le total dépasse la durée du contrat. Corrigez la saisie, ou demandez un avenant si la durée hebdomadaire a changé.`,
      legalRef,
    });
  } else if (counted + slack < totals.lowHundredths) {
    emit({
      code: 'ACTIVITY_TOTAL_BELOW_CONTRACT',
      severity: 'warning',
      month: null,
      message: `${period.label} : ${declared}, pour ${hoursFr(totals.lowHundredths)} au moins au contrat${suspended} : ${hoursFr(totals.lowHundredths - counted)} ne sont ni travaillées ni déclarées en absence. Indiquez les congés, jours fériés chômés, arrêts et autres absences, ou les jours de suspension non rémunérée.`,
      legalRef,
    });
  }
}

/** The findings of one period's months, and their totals against the contract. */
export function checkActivity(plan: ActivityPlan, period: ProofPeriod, months: readonly ActivityMonth[], options: { today?: string } = {}): ActivityCheck {
  const findings: ActivityFinding[] = [];
  const emit: Emit = (f) => findings.push(f);
  checkMonths(period, months, options.today, emit, plan.measure);
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const p of period.months) {
    const m = byMonth.get(p.month);
    if (!m) continue;
    checkSuspension(p, m, emit, plan.measure);
    checkMonthHours(plan, p, m, emit);
  }
  const totals = periodTotals(plan, period, byMonth);
  // The totals mean something once every month is there.
  if (period.months.every((p) => byMonth.has(p.month))) checkTotal(plan, period, totals, emit);
  return { findings, totals, sendable: !findings.some((f) => f.severity === 'error') };
}
