import type { ConventionDocument } from '../document/schema';
import { type AidPayment, type AidSchedule, monthlyAidSchedule } from './aidSchedule';
import { buildContext, type Context } from './context';
import { domAidSchedule } from './domSchedule';

/**
 * The aid a convention schedules: monthly payments for the CAE and the contrat d'avenir (with what a rupture leaves
 * undue), the CAE-DOM's total in instalments (nothing undue: no payment falls after its end). Undefined while the
 * document lacks what the schedule needs.
 */
export function scheduledAid(ctx: Context): AidSchedule | undefined {
  if (ctx.measure === 'CAE' || ctx.measure === 'CAV') return monthlyAidSchedule(ctx);
  if (ctx.measure !== 'CAE_DOM') return undefined;
  const payments = domAidSchedule(ctx);
  return payments && { payments, undueCents: 0, undueTrace: undefined };
}

/**
 * The payments a convention's document schedules, as `checkConvention` computes them (`computed.aidPayments`), without
 * its checks and other figures: what the expected payments are written from (a third of the time of a full check, profiled in the demo).
 */
export function aidPaymentsOf(doc: ConventionDocument): AidPayment[] {
  return scheduledAid(buildContext(doc))?.payments ?? [];
}
