import { computeDeadline } from '../dates/deadlines';
import { type Day, addMonths, firstOfMonth, formatDay, tryParseDay } from '../dates/day';
import { euroFr } from '../money/exact';
import { caeRef, cavRef, DOM_REFS } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { COMMON } from '../parameters/measures';
import { type AidPayment, aidStopRefFor } from './aidSchedule';
import type { Context } from './context';
import { exemption } from './exemption';
import type { Trace } from './trace';

export interface RepaymentDue {
  kind: 'FULL' | 'UNDUE';
  /** Aid to pay back, in cents. */
  amountCents: number;
  /** Pay on which contributions were exempted (to be paid at the collector's rates). */
  exemptedBaseCents: number;
  /** When the exempted contributions fall due, for a full repayment. */
  due: string | undefined;
  legalRef: string;
  trace: Trace;
}

/** Employer-initiated ruptures that do not void the convention (R. 322-16-1 II; R. 831-7 I). */
const ALLOWED_EMPLOYER_REASONS = new Set(['GROSS_MISCONDUCT', 'FORCE_MAJEURE', 'INAPTITUDE', 'TRIAL_PERIOD']);

/** The first contribution due date after a day: the configured day of the following month, moved to a working day. */
function contributionDueAfter(day: Day, department: string | undefined): { due: string; note: string } {
  const dueDay = valueAt(COMMON.contributionDueDay, formatDay(day))?.value ?? 15;
  const nextMonth = addMonths(firstOfMonth(day), 1);
  const raw = formatDay(nextMonth + dueDay - 1);
  return { due: computeDeadline('jours', 0, raw, department).deadline, note: `le ${dueDay} du mois suivant, reporté au jour ouvré suivant` };
}

/**
 * What ends a convention at its dénonciation: R. 5134-52 (contrat d'avenir);
 * form CAE-0515 (CAE), cited as in force on the decision's day. The décret of
 * 2004 provides no dénonciation of a CAE-DOM: its aid is paid « pendant la
 * durée de la convention » (R. 831-5), which the decision ends.
 */
export function denunciationRef(ctx: Context, on: Day): string {
  if (ctx.measure === 'CAV') return cavRef('repayment', formatDay(on));
  if (ctx.measure === 'CAE_DOM') return DOM_REFS.payments;
  return caeRef('denunciation', formatDay(on));
}

/** Why a full repayment applies, or undefined. */
function fullRepaymentCause(ctx: Context): { on: Day; why: string; legalRef: string } | undefined {
  const denounced = ctx.denounced;
  // The décret of 2004 states no repayment on a dénonciation of a CAE-DOM.
  if (denounced !== undefined && ctx.measure !== 'CAE_DOM') {
    return { on: denounced, why: 'dénonciation de la convention', legalRef: denunciationRef(ctx, denounced) };
  }
  const r = ctx.rupture;
  if (!r || r.initiative !== 'EMPLOYER' || (r.reason !== undefined && ALLOWED_EMPLOYER_REASONS.has(r.reason))) return undefined;
  if (ctx.plannedEnd !== undefined && r.on > ctx.plannedEnd) return undefined;
  if (ctx.measure === 'CAE')
    return { on: r.on, why: 'rupture à l’initiative de l’employeur hors des cas prévus', legalRef: caeRef('repayment', formatDay(r.on)) };
  if (ctx.measure === 'CAE_DOM' && ctx.cdi)
    return { on: r.on, why: 'licenciement avant la fin de la convention hors faute grave, force majeure ou inaptitude', legalRef: DOM_REFS.repayment };
  return undefined;
}

export function repaymentDue(ctx: Context, payments: AidPayment[], undueCents: number, undueTrace: Trace | undefined): RepaymentDue | undefined {
  const cause = fullRepaymentCause(ctx);
  if (cause) {
    const received = payments.filter((p) => tryParseDay(p.due) !== undefined && (tryParseDay(p.due) as Day) < cause.on);
    const amount = received.reduce((s, p) => s + p.amountCents, 0);
    const ex = exemption(ctx);
    const { due, note } = contributionDueAfter(cause.on, ctx.department);
    return {
      kind: 'FULL',
      amountCents: amount,
      exemptedBaseCents: ex?.totalBaseCents ?? 0,
      due,
      legalRef: cause.legalRef,
      trace: {
        label: 'Reversement de l’aide et des cotisations exonérées',
        formula: 'toutes les aides déjà perçues + les cotisations patronales exonérées, dues à la première date d’exigibilité qui suit',
        inputs: {
          motif: cause.why,
          date: formatDay(cause.on),
          'versements reçus': String(received.length),
          'assiette exonérée': euroFr(ex?.totalBaseCents ?? 0),
          exigibilité: note,
        },
        parameters: [{ name: 'Reversement intégral', value: 'oui', from: formatDay(cause.on), legalRef: cause.legalRef }],
        result: euroFr(amount),
        ...(ex ? { steps: [ex.trace] } : {}),
      },
    };
  }
  if (undueCents > 0 && undueTrace) {
    return {
      kind: 'UNDUE',
      amountCents: undueCents,
      exemptedBaseCents: 0,
      due: undefined,
      legalRef: aidStopRefFor(ctx, ctx.stop ? formatDay(ctx.stop.on) : undefined),
      trace: undueTrace,
    };
  }
  return undefined;
}
