import { formatMonthFr } from '../format/date';
import { type Day, dayFr, daysInMonthOf, firstOfMonth, formatDay, parseDay } from '../dates/day';
import { euroFr, hoursFr, mulDivRound, percentFr } from '../money/exact';
import { caeRef, cavRef } from '../parameters/articles';
import { changesBetween, type DatedValue, valueAt } from '../parameters/dated';
import { COMMON } from '../parameters/measures';
import { SMIC_HOURLY_CENTS } from '../parameters/smic';
import { type Context, settingDays, stateOn } from './context';
import { smicOnDay, smicParameter } from './monthly';
import type { Trace, TraceParameter } from './trace';

export interface AidPayment {
  /** Day the payment falls due (`YYYY-MM-DD`). */
  due: string;
  amountCents: number;
  /** Month the payment covers (`YYYY-MM`), or the milestone for the CAE-DOM. */
  period: string;
  trace: Trace;
}

export interface AidSchedule {
  payments: AidPayment[];
  /** Paid in advance for days after a rupture: to be repaid (R. 5134-63, form CAE-0515). */
  undueCents: number;
  undueTrace: Trace | undefined;
}

/**
 * A payment whose trace is built when read. A class, not an object literal with
 * a getter: V8 creates such a literal about twenty times slower, and a bulk
 * check creates hundreds of thousands of payments. `toJSON` keeps the JSON of
 * a payment what it was (due, amountCents, period, trace).
 */
class LazyPayment implements AidPayment {
  readonly due: string;
  readonly amountCents: number;
  readonly period: string;
  readonly #trace: () => Trace;

  constructor(due: string, amountCents: number, period: string, trace: () => Trace) {
    this.due = due;
    this.amountCents = amountCents;
    this.period = period;
    this.#trace = trace;
  }

  get trace(): Trace {
    return this.#trace();
  }

  toJSON(): AidPayment {
    return { due: this.due, amountCents: this.amountCents, period: this.period, trace: this.trace };
  }
}

interface Segment {
  a: Day;
  b: Day;
  rateBp: number;
  smic: DatedValue<number> | undefined;
  hoursH: number;
}

function paymentTrace(ctx: Context, period: string, dueOn: string, dim: number, weeks: number, segments: Segment[], amount: number, hired: string): Trace {
  const params = new Map<string, TraceParameter>();
  const lines = segments.map(({ a, b, rateBp, smic, hoursH }) => {
    if (!smic) return `du ${dayFr(a)} au ${dayFr(b - 1)} : suspension sans maintien de l’aide, 0 €`;
    params.set(smic.from, smicParameter(smic));
    return `du ${dayFr(a)} au ${dayFr(b - 1)} : ${percentFr(rateBp)} × ${euroFr(smic.value)} × ${hoursFr(hoursH)} × ${weeks}/12 × ${b - a}/${dim} j`;
  });
  return {
    label: `Aide de l’État pour ${period} (versée par avance)`,
    formula:
      'Σ sur les périodes du mois : taux × SMIC horaire brut × heures hebdomadaires × 52 / 12 × jours couverts / jours du mois, arrondi au centime une fois',
    inputs: { périodes: lines.join(' ; ') },
    parameters: [...params.values(), { name: 'Versement mensuel par avance', value: 'oui', from: hired, legalRef: advanceRefFor(ctx, dueOn) }],
    result: euroFr(amount),
  };
}

/**
 * Monthly payment in advance: the CAE's form says so (« Aides de l'État »);
 * the contrat d'avenir's convention sets the terms of its aids (R. 5134-49
 * 10° and 13°) and no text of the sources says monthly in advance.
 */
function advanceRefFor(ctx: Context, date: string): string {
  return ctx.measure === 'CAV' ? cavRef('aidPayment', date) : caeRef('aid', date);
}

/** The aid stops at the rupture: R. 5134-63 for the contrat d'avenir, the CAE's aid runs « pendant la période d'exécution de la convention ». */
export function aidStopRefFor(ctx: Context, date: string | undefined): string {
  return ctx.measure === 'CAV' ? cavRef('aidStop', date) : caeRef('aidStop', date);
}

/**
 * CAE and contrat d'avenir: the aid is paid monthly in advance (form CAE-0515,
 * « Aides de l'État »). Each calendar month is split wherever the SMIC, the
 * hours (from the avenant's date), the rate (renewals) or a suspension change;
 * the month's amount is the exact sum of its segments, rounded once. A month
 * paid in advance before a rupture is paid in full; what it covers after the
 * rupture is undue (aid stops at the rupture's date). A dénonciation stops
 * the aid the same way from its decision: no month falls due after it.
 */
export function monthlyAidSchedule(ctx: Context): AidSchedule | undefined {
  const { hired, plannedEnd } = ctx;
  if (hired === undefined || plannedEnd === undefined || plannedEnd < hired) return undefined;
  const weeks = valueAt(COMMON.weeksPerYear, formatDay(hired))?.value ?? 52;
  // The aid stops at a rupture or at the dénonciation decision, whichever comes first (form CAE-0515; R. 5134-52, R. 5134-63).
  const rupture = ctx.stop?.on;
  const cuts = [...scheduleCuts(ctx, hired, plannedEnd, rupture)].sort((a, b) => a - b);

  const payments: AidPayment[] = [];
  let undueCents = 0;
  const undueLines: string[] = [];
  for (let monthStart = firstOfMonth(hired); monthStart <= plannedEnd;) {
    const dim = daysInMonthOf(monthStart);
    const nextMonth = monthStart + dim;
    const from = Math.max(monthStart, hired);
    if (rupture !== undefined && from >= rupture) break;
    const to = Math.min(nextMonth - 1, plannedEnd);
    const { planned, due, segments } = monthSegments(ctx, { from, to, cuts, weeks, rupture });
    const den = 10000 * 100 * 12 * dim;
    const amount = mulDivRound([planned], [den]);
    if (planned !== due) {
      const dueAmount = mulDivRound([due], [den]);
      undueCents += amount - dueAmount;
      undueLines.push(`${formatMonthFr(formatDay(monthStart).slice(0, 7))} : versé ${euroFr(amount)}, dû ${euroFr(dueAmount)}`);
    }
    if (amount > 0) {
      const period = formatDay(monthStart).slice(0, 7);
      const dueOn = formatDay(from);
      // Built on demand: the UI reads it, a bulk check does not.
      payments.push(new LazyPayment(dueOn, amount, period, () => paymentTrace(ctx, period, dueOn, dim, weeks, segments, amount, formatDay(hired))));
    }
    monthStart = nextMonth;
  }
  return { payments, undueCents, undueTrace: undueCents > 0 && rupture !== undefined ? undueTraceOf(ctx, undueCents, rupture, undueLines) : undefined };
}

/** Days where the aid may change: settings (hours, rate), exclusions, periods, SMIC changes and the rupture. */
function scheduleCuts(ctx: Context, hired: Day, plannedEnd: Day, rupture: Day | undefined): Set<Day> {
  const cuts = new Set<Day>(settingDays(ctx));
  for (const e of ctx.exclusions) {
    cuts.add(e.from);
    cuts.add(e.to + 1);
  }
  for (const p of ctx.periods) {
    cuts.add(p.from);
    cuts.add(p.to + 1);
  }
  for (const c of changesBetween(SMIC_HOURLY_CENTS, formatDay(hired), formatDay(plannedEnd))) cuts.add(parseDay(c));
  if (rupture !== undefined) cuts.add(rupture);
  return cuts;
}

/**
 * One month's segments between its cuts, and the exact numerators of the amount
 * planned (the whole month) and due (up to the rupture), before the one rounding.
 */
function monthSegments(
  ctx: Context,
  month: { from: Day; to: Day; cuts: readonly Day[]; weeks: number; rupture: Day | undefined },
): { planned: number; due: number; segments: Segment[] } {
  const { from, to, weeks, rupture } = month;
  // `cuts` is sorted and without duplicates, so the bounds come out sorted.
  const bounds = [from];
  for (const c of month.cuts) {
    if (c > to) break;
    if (c > from) bounds.push(c);
  }
  bounds.push(to + 1);
  // Numerators stay below 2^53 (rate ≤ 10 500 × SMIC ≤ 1 000 × hours ≤ 9 900 × 52 × 31 days), so plain integers are exact.
  let planned = 0;
  let due = 0;
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i] as Day;
    const b = bounds[i + 1] as Day;
    if (b <= a) continue;
    const st = stateOn(ctx, a);
    if (!st.active || st.hoursH === undefined || st.rateBp === undefined) continue;
    if (ctx.exclusions.some((e) => !e.aidContinues && e.from <= a && a <= e.to)) {
      segments.push({ a, b, rateBp: 0, smic: undefined, hoursH: 0 });
      continue;
    }
    const smic = smicOnDay(a);
    if (!smic) continue;
    const num = st.rateBp * smic.value * st.hoursH * weeks * (b - a);
    planned += num;
    if (rupture === undefined || a < rupture) due += num;
    segments.push({ a, b, rateBp: st.rateBp, smic, hoursH: st.hoursH });
  }
  return { planned, due, segments };
}

function undueTraceOf(ctx: Context, undueCents: number, rupture: Day, undueLines: string[]): Trace {
  return {
    label: 'Aide versée d’avance après la rupture (indue)',
    formula: 'montant versé d’avance pour le mois − montant dû jusqu’à la veille de la rupture',
    inputs: { rupture: formatDay(rupture), mois: undueLines.join(' ; ') },
    parameters: [
      { name: 'Arrêt de l’aide à la rupture', value: formatDay(rupture), from: formatDay(rupture), legalRef: aidStopRefFor(ctx, formatDay(rupture)) },
    ],
    result: euroFr(undueCents),
  };
}
