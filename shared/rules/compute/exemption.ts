import { type Day, daysInMonthOf, endOfContractMonth, firstOfMonth, formatDay } from '../dates/day';
import { type Fraction, euroFr, roundHalfUp } from '../money/exact';
import { caeRef, cavRef, DOM_REFS, RECODIFICATION_DATE } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE_DOM } from '../parameters/measures';
import type { ConventionDocument } from '../document/schema';
import { buildContext, type Context, stateOn } from './context';
import { smicOnDay } from './monthly';
import type { Trace, TraceParameter } from './trace';

interface ExemptionMonth {
  month: string;
  baseCents: number;
}

export interface Exemption {
  months: ExemptionMonth[];
  totalBaseCents: number;
  endsOn: string;
  trace: Trace;
}

/**
 * The exemption's reference as in force over its period: a CAE exempted
 * across 1 May 2008 cites the form (L322-4-7) up to that day and L5134-20
 * from it. The contrat d'avenir's exemption is opened by a law outside the
 * sources; R. 5134-52 presupposes it.
 */
function exemptionParameters(measure: Context['measure'], from: string, to: string): TraceParameter[] {
  const param = (on: string, legalRef: string): TraceParameter => ({ name: 'Exonération', value: 'à hauteur du SMIC', from: on, legalRef });
  if (measure === 'CAE_DOM') return [param(from, DOM_REFS.exemption)];
  const refOn =
    measure === 'CAV'
      ? (on: string) =>
          `contrat d’avenir : l’article de loi qui ouvre l’exonération n’est pas dans les sources ; ${cavRef('repayment', on)} la suppose (« cotisations … dont il a été exonéré ») ; assiette à hauteur du SMIC comme pour le CAE`
      : (on: string) => caeRef('exemption', on);
  const params = [param(from, refOn(from))];
  if (from < RECODIFICATION_DATE && to >= RECODIFICATION_DATE) params.push(param(RECODIFICATION_DATE, refOn(RECODIFICATION_DATE)));
  return params;
}

/**
 * The exempted base: pay up to SMIC × hours paid, month by month (form
 * CAE-0515 « Exonération » : à hauteur du SMIC). The pay due is never below
 * SMIC × hours (L322-4-7 I al. 8; the SMIC for the other measures), even when
 * the pay stated at hiring was not raised after a revaluation or an hours
 * increase, so the base is the SMIC in force × the hours paid. CAE-DOM (R. 831-9): a
 * partial month counts calendar days × 1/30 of the monthly hours, and the
 * exemption lasts 24 months (30 with the RMI) not counting unpaid suspensions.
 * Other measures: partial months by days / days in the month, for the
 * convention's length. Unpaid suspended days have no pay, hence no base.
 */
export function exemption(ctx: Context): Exemption | undefined {
  const { hired } = ctx;
  if (hired === undefined || ctx.hourSettings.length === 0) return undefined;
  const dom = ctx.measure === 'CAE_DOM';
  const at = formatDay(hired);
  const unpaid = ctx.exclusions.filter((e) => !e.paid);
  let end: Day | undefined = ctx.plannedEnd;
  if (dom) {
    const months = valueAt(ctx.rmi ? CAE_DOM.exemptionMonthsRmi : CAE_DOM.exemptionMonths, at)?.value ?? 24;
    end = endOfContractMonth(hired, months);
    // Extend by unpaid suspension days falling inside the (growing) window.
    for (const e of [...unpaid].sort((a, b) => a.from - b.from)) {
      if (e.from <= end) end += Math.min(e.to, end) - e.from + 1;
    }
    if (ctx.plannedEnd !== undefined && !ctx.cdi) end = Math.min(end, ctx.plannedEnd);
  }
  if (end === undefined) return undefined;
  // Nothing is exempted once the convention is over: rupture or dénonciation decision (form CAE-0515; R. 5134-52).
  if (ctx.stop !== undefined) end = Math.min(end, ctx.stop.on - 1);
  const divisor30 = valueAt(CAE_DOM.partialMonthDivisor, at)?.value ?? 30;
  const baseHoursH = ctx.hourSettings[0]?.value ?? 0;

  const months: ExemptionMonth[] = [];
  let total = 0;
  for (let m = firstOfMonth(hired); m <= end; m += daysInMonthOf(m)) {
    const dim = daysInMonthOf(m);
    const from = Math.max(m, hired);
    const to = Math.min(m + dim - 1, end);
    // Exact sum over paid days of SMIC × weekly hours: the pay due is at least that much (L322-4-7 I al. 8 ; docs/rules.md), the exemption stops there.
    let smicNum = 0n;
    let paidDays = 0;
    for (let d = from; d <= to; d++) {
      if (unpaid.some((e) => e.from <= d && d <= e.to)) continue;
      const st = stateOn(ctx, d);
      const smic = smicOnDay(d);
      if (st.hoursH === undefined || !smic) continue;
      paidDays++;
      smicNum += BigInt(smic.value) * BigInt(st.hoursH);
    }
    if (paidDays === 0 || baseHoursH === 0) continue;
    // Day weight: 1/days-in-month, or 1/30 for a partial CAE-DOM month (R. 831-9).
    const perDay = paidDays === dim || !dom ? dim : divisor30;
    const smicBase: Fraction = { num: smicNum * 52n, den: BigInt(100 * 12 * perDay) };
    const base = roundHalfUp(smicBase);
    months.push({ month: formatDay(m).slice(0, 7), baseCents: base });
    total += base;
  }
  return {
    months,
    totalBaseCents: total,
    endsOn: formatDay(end),
    trace: {
      label: 'Assiette exonérée de cotisations patronales',
      formula: dom
        ? 'par mois : SMIC horaire × heures rémunérées (le salaire dû en est au moins égal) ; mois partiel : jours calendaires × 1/30 des heures mensuelles ; 24 mois (30 avec le RMI) hors suspensions non rémunérées'
        : 'par mois : SMIC horaire × heures rémunérées (le salaire dû en est au moins égal) ; mois partiel : jours couverts / jours du mois',
      inputs: { début: at, fin: formatDay(end), mois: String(months.length) },
      parameters: exemptionParameters(ctx.measure, at, formatDay(end)),
      result: euroFr(total),
    },
  };
}

/** A document's exempted base month by month (for the payroll), or undefined when its hiring or hours are missing. */
export function exemptedBase(doc: ConventionDocument): Exemption | undefined {
  return exemption(buildContext(doc));
}
