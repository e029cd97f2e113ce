import { type Day, daysInMonthOf, firstOfMonth, formatDay, parseDay } from '../dates/day';
import { euroFr, hoursFr, percentFr } from '../money/exact';
import { caeRef, CAV_REFS } from '../parameters/articles';
import { changesBetween, valueAt } from '../parameters/dated';
import { COMMON } from '../parameters/measures';
import { SMIC_HOURLY_CENTS } from '../parameters/smic';
import { type Context, settingDays, stateOn } from './context';
import { smicOn, smicParameter } from './monthly';
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

function aidRefFor(ctx: Context, date: string): string {
  return ctx.measure === 'CAV' ? CAV_REFS.aidStop : caeRef('aid', date);
}

/**
 * CAE and contrat d'avenir: the aid is paid monthly in advance (form CAE-0515,
 * « Aides de l'État »). Each calendar month is split wherever the SMIC, the
 * hours (from the avenant's date), the rate (renewals) or a suspension change;
 * the month's amount is the exact sum of its segments, rounded once. A month
 * paid in advance before a rupture is paid in full; what it covers after the
 * rupture is undue (aid stops at the rupture's date).
 */
export function monthlyAidSchedule(ctx: Context): AidSchedule | undefined {
  const { hired, plannedEnd } = ctx;
  if (hired === undefined || plannedEnd === undefined || plannedEnd < hired) return undefined;
  const weeks = valueAt(COMMON.weeksPerYear, formatDay(hired))?.value ?? 52;
  const rupture = ctx.rupture?.on;
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

  const payments: AidPayment[] = [];
  let undueCents = 0;
  const undueLines: string[] = [];
  for (let monthStart = firstOfMonth(hired); monthStart <= plannedEnd; ) {
    const dim = daysInMonthOf(monthStart);
    const nextMonth = monthStart + dim;
    const from = Math.max(monthStart, hired);
    if (rupture !== undefined && from >= rupture) break;
    const to = Math.min(nextMonth - 1, plannedEnd);
    const bounds = [from, to + 1];
    for (const c of cuts) if (c > from && c <= to) bounds.push(c);
    bounds.sort((a, b) => a - b);
    let planned = 0n;
    let due = 0n;
    const lines: string[] = [];
    const params = new Map<string, TraceParameter>();
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i] as Day;
      const b = bounds[i + 1] as Day;
      if (b <= a) continue;
      const st = stateOn(ctx, a);
      if (!st.active || st.hoursH === undefined || st.rateBp === undefined) continue;
      if (ctx.exclusions.some((e) => !e.aidContinues && e.from <= a && a <= e.to)) {
        lines.push(`du ${formatDay(a)} au ${formatDay(b - 1)} : suspension sans maintien de l’aide, 0 €`);
        continue;
      }
      const iso = formatDay(a);
      const smic = smicOn(iso);
      if (!smic) continue;
      params.set(smic.from, smicParameter(smic));
      const num = BigInt(st.rateBp) * BigInt(smic.value) * BigInt(st.hoursH) * BigInt(weeks) * BigInt(b - a);
      planned += num;
      if (rupture === undefined || a < rupture) due += num;
      lines.push(
        `du ${iso} au ${formatDay(b - 1)} : ${percentFr(st.rateBp)} × ${euroFr(smic.value)} × ${hoursFr(st.hoursH)} × ${weeks}/12 × ${b - a}/${dim} j`,
      );
    }
    const den = BigInt(10000 * 100 * 12 * dim);
    const amount = Number((2n * planned + den) / (2n * den));
    if (planned !== due) {
      const dueAmount = Number((2n * due + den) / (2n * den));
      undueCents += amount - dueAmount;
      undueLines.push(`${formatDay(monthStart).slice(0, 7)} : versé ${euroFr(amount)}, dû ${euroFr(dueAmount)}`);
    }
    if (amount > 0) {
      payments.push({
        due: formatDay(from),
        amountCents: amount,
        period: formatDay(monthStart).slice(0, 7),
        trace: {
          label: `Aide de l’État pour ${formatDay(monthStart).slice(0, 7)} (versée par avance)`,
          formula: 'Σ sur les périodes du mois : taux × SMIC horaire brut × heures hebdomadaires × 52 / 12 × jours couverts / jours du mois, arrondi au centime une fois',
          inputs: { périodes: lines.join(' ; ') },
          parameters: [...params.values(), { name: 'Versement mensuel par avance', value: 'oui', from: formatDay(hired), legalRef: aidRefFor(ctx, formatDay(from)) }],
          result: euroFr(amount),
        },
      });
    }
    monthStart = nextMonth;
  }
  const undueTrace: Trace | undefined =
    undueCents > 0 && rupture !== undefined
      ? {
          label: 'Aide versée d’avance après la rupture (indue)',
          formula: 'montant versé d’avance pour le mois − montant dû jusqu’à la veille de la rupture',
          inputs: { rupture: formatDay(rupture), mois: undueLines.join(' ; ') },
          parameters: [{ name: 'Arrêt de l’aide à la rupture', value: formatDay(rupture), from: formatDay(rupture), legalRef: aidRefFor(ctx, formatDay(rupture)) }],
          result: euroFr(undueCents),
        }
      : undefined;
  return { payments, undueCents, undueTrace };
}
