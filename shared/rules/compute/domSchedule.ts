import { type Day, endOfContractMonth, formatDay, monthsBetween } from '../dates/day';
import { euroFr, mulDivRound } from '../money/exact';
import { DOM_REFS } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE_DOM } from '../parameters/measures';
import type { AidPayment } from './aidSchedule';
import type { Context } from './context';

/**
 * CAE-DOM (R. 831-5, décret du 21 mars 2004 art. 8): the total aid is paid at
 * the end of months 3 and 12, then at the end of month 24 (CDI) or of the
 * contract (CDD over 12 months); for RMI beneficiaries only, also month 24
 * (CDI of 30 months, CDD over 24 months), then the term. All these cases are
 * one rule: every milestone (3, 12, and 24 with the RMI) that falls before
 * the term, then the term. Each payment is round(total × elapsed months /
 * total months) − payments already made, so the payments sum to the total.
 * No payment falls after a rupture or a dénonciation decision.
 */
export function domAidSchedule(ctx: Context): AidPayment[] | undefined {
  const { hired, initialEnd, totalAidCents } = ctx;
  if (hired === undefined || initialEnd === undefined || totalAidCents === undefined || initialEnd < hired) return undefined;
  const at = formatDay(hired);
  const milestones = valueAt(ctx.rmi ? CAE_DOM.paymentMonthsRmi : CAE_DOM.paymentMonths, at)?.value ?? (ctx.rmi ? [3, 12, 24] : [3, 12]);
  // Total length as whole months + extra days over the length of the month they fall in.
  const { whole, extraDays, extraMonthLength } = monthsBetween(hired, initialEnd);
  const len = extraDays > 0 ? extraMonthLength : 1;
  const totalScaled = whole * len + (extraDays > 0 ? extraDays : 0);
  const totalLabel = extraDays > 0 ? `${whole} mois et ${extraDays}/${extraMonthLength} j` : `${whole} mois`;
  const points: { month: number | 'end'; due: Day }[] = [];
  for (const m of milestones) if (m * len < totalScaled) points.push({ month: m, due: endOfContractMonth(hired, m) });
  points.push({ month: 'end', due: initialEnd });

  const payments: AidPayment[] = [];
  let paid = 0;
  for (const p of points) {
    if (ctx.stop !== undefined && p.due >= ctx.stop.on) break;
    const elapsedScaled = p.month === 'end' ? totalScaled : p.month * len;
    const cumulative = mulDivRound([totalAidCents, elapsedScaled], [totalScaled]);
    const amount = cumulative - paid;
    paid = cumulative;
    const label = p.month === 'end' ? 'fin du contrat' : `fin du ${p.month}e mois`;
    payments.push({
      due: formatDay(p.due),
      amountCents: amount,
      period: label,
      trace: {
        label: `Aide CAE-DOM : versement à la ${label}`,
        formula: 'arrondi(aide totale × mois écoulés / mois de la convention) − versements déjà effectués',
        inputs: {
          'aide totale': euroFr(totalAidCents),
          'mois écoulés': p.month === 'end' ? totalLabel : String(p.month),
          'mois de la convention': totalLabel,
          'déjà versé': euroFr(cumulative - amount),
          embauche: at,
        },
        parameters: [{ name: 'Fins de mois de versement', value: milestones.join(', '), from: at, legalRef: DOM_REFS.payments }],
        result: euroFr(amount),
      },
    });
  }
  return payments;
}
