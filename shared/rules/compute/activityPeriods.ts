/**
 * The periods an employer's proofs of activity cover, month by month.
 *
 * CAE: « L'employeur doit communiquer chaque trimestre au CNASEA les
 * justificatifs attestant l'effectivité de l'activité du salarié » (form
 * CAE-0515, conditions générales). CAE-DOM: the aid is paid « sur
 * présentation par l'employeur d'un justificatif attestant de l'emploi du
 * bénéficiaire » at the end of months 3 and 12, then 24 (30 with the RMI) or
 * the end of the contract (R. 831-5). Contrat d'avenir: the sources set no
 * rhythm; the CAE's quarter is used (docs/rules.md, « Décisions »).
 *
 * Decision (docs/rules.md): payroll is monthly, so a period is made of whole
 * civil months counted from the month of hiring. A quarter ends with the last
 * civil month that is over on the last day of the contract's quarter (hired
 * 9 June: June, July, August — the quarter runs to 8 September, when the
 * obligations list makes the proof due); a CAE-DOM period ends likewise with
 * its payment's month (3, 12, 24). The last period runs to the convention's
 * last day (renewals, rupture and dénonciation included), its month included.
 */
import { computeDeadline } from '../dates/deadlines';
import { type Day, addMonths, dayOfWeek, daysInMonthOf, endOfContractMonth, firstOfMonth, formatDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import { mulDivRound } from '../money/exact';
import { valueAt } from '../parameters/dated';
import { CAE, CAE_DOM, COMMON } from '../parameters/measures';
import type { Measure } from '../vocabulary';
import { buildContext, stateOn, type Context } from './context';

export interface PeriodMonth {
  /** `YYYY-MM`. */
  month: string;
  /** The month's days the convention covers (`YYYY-MM-DD`). */
  from: string;
  to: string;
  days: number;
  /** Contract hours of these days: weekly hours in force × 52 / 12, prorated by calendar days (hundredths of an hour). */
  contractHundredths: number;
  /** The same hours spread over the weekdays: weekly hours in force / 5 for each Monday to Friday covered (hundredths). */
  weekdayHundredths: number;
  /** Calendar days of suspension without pay that the convention's events record in these days. */
  suspensionDays: number;
  /** The weekly hours in force on its first covered day (hundredths). */
  weeklyHundredths: number;
}

export interface ProofPeriod {
  /** 1, 2, 3… in the convention. */
  index: number;
  /** « 1er trimestre », « Versement de la fin du 3e mois »… */
  label: string;
  /** First and last day covered (`YYYY-MM-DD`). */
  start: string;
  end: string;
  /**
   * When the proof is due: the day after the contract's quarter (or CAE-DOM
   * payment month) ends, or after the convention's last day, moved to the
   * next working day — the quarterly deadline of the convention's reporting
   * deadlines (compute/obligations.ts).
   */
  due: string;
  months: PeriodMonth[];
}

export interface ActivityPlan {
  measure: Measure | undefined;
  /** Contrat d'avenir with a programme of variable hours (R. 5134-60): a month may vary within a third. */
  modulated: boolean;
  periods: ProofPeriod[];
}

const monthOf = (day: Day): string => formatDay(day).slice(0, 7);

/** The milestones (months of contract) that close a period before the convention's last day. */
function milestones(ctx: Context, hired: Day, end: Day): number[] {
  const at = formatDay(hired);
  if (ctx.measure === 'CAE_DOM') {
    const months = valueAt(ctx.rmi ? CAE_DOM.paymentMonthsRmi : CAE_DOM.paymentMonths, at)?.value ?? [3, 12];
    return months.filter((m) => endOfContractMonth(hired, m) < end);
  }
  const every = valueAt(CAE.proofOfActivityMonths, at)?.value ?? 3;
  const out: number[] = [];
  for (let m = every; endOfContractMonth(hired, m) < end; m += every) out.push(m);
  return out;
}

/** The last civil month entirely over on `day` (the month before, unless `day` is the month's last day). */
function lastMonthOverOn(day: Day): Day {
  const first = firstOfMonth(day);
  return day === first + daysInMonthOf(day) - 1 ? first : firstOfMonth(first - 1);
}

function periodLabel(measure: Measure | undefined, index: number, milestone: number | 'end'): string {
  if (measure === 'CAE_DOM') return milestone === 'end' ? 'Versement de la fin du contrat' : `Versement de la fin du ${milestone}e mois`;
  return `${index === 1 ? '1er' : `${index}e`} trimestre`;
}

/** The weekly hours (hundredths) in force each day, and the unpaid suspensions, summed over a month's covered days. */
function monthFigures(ctx: Context, from: Day, to: Day): PeriodMonth {
  const weeks = valueAt(COMMON.weeksPerYear, formatDay(from))?.value ?? 52;
  let hoursDays = 0;
  let weekdayHours = 0;
  let suspensionDays = 0;
  for (let d = from; d <= to; d++) {
    const hours = stateOn(ctx, d).hoursH ?? 0;
    hoursDays += hours;
    if (dayOfWeek(d) < 5) weekdayHours += hours;
    if (ctx.exclusions.some((x) => !x.paid && x.from <= d && d <= x.to)) suspensionDays++;
  }
  return {
    month: monthOf(from),
    from: formatDay(from),
    to: formatDay(to),
    days: to - from + 1,
    contractHundredths: mulDivRound([hoursDays, weeks], [12, daysInMonthOf(from)]),
    weekdayHundredths: mulDivRound([weekdayHours], [5]),
    suspensionDays,
    weeklyHundredths: stateOn(ctx, from).hoursH ?? 0,
  };
}

function monthsOfPeriod(ctx: Context, start: Day, end: Day): PeriodMonth[] {
  const months: PeriodMonth[] = [];
  for (let first = firstOfMonth(start); first <= end; first = addMonths(first, 1)) {
    const from = Math.max(first, start);
    const to = Math.min(first + daysInMonthOf(first) - 1, end);
    months.push(monthFigures(ctx, from, to));
  }
  return months;
}

/** The proof periods of a convention and the contract's figures for each of their months (none before it has a hiring date and an end). */
export function activityPlan(doc: ConventionDocument): ActivityPlan {
  const ctx = buildContext(doc);
  const measure = ctx.measure;
  const modulated = measure === 'CAV' && Boolean(doc.contract?.hoursProgramme?.periodStart);
  const { hired, end } = ctx;
  if (hired === undefined || end === undefined || end < hired) return { measure, modulated, periods: [] };
  const periods: ProofPeriod[] = [];
  let start = hired;
  const closing: (number | 'end')[] = [...milestones(ctx, hired, end), 'end'];
  for (const milestone of closing) {
    const last = milestone === 'end' ? end : lastMonthOverOn(endOfContractMonth(hired, milestone));
    const stop = milestone === 'end' ? end : Math.min(end, firstOfMonth(last) + daysInMonthOf(last) - 1);
    if (stop < start) continue;
    const index = periods.length + 1;
    const due =
      milestone === 'end' ? computeDeadline('jours', 1, formatDay(end), ctx.department) : computeDeadline('mois', milestone, formatDay(hired), ctx.department);
    periods.push({
      index,
      label: periodLabel(measure, index, milestone),
      start: formatDay(start),
      end: formatDay(stop),
      due: due.deadline,
      months: monthsOfPeriod(ctx, start, stop),
    });
    start = stop + 1;
  }
  return { measure, modulated, periods };
}

/** The period a civil month (`YYYY-MM`) belongs to, if the convention covers it. */
export function periodOfMonth(plan: ActivityPlan, month: string): ProofPeriod | undefined {
  return plan.periods.find((p) => p.months.some((m) => m.month === month));
}

/** The period that starts on `start` (`YYYY-MM-DD`). */
export function periodStarting(plan: ActivityPlan, start: string): ProofPeriod | undefined {
  return plan.periods.find((p) => p.start === start);
}
