/**
 * The aid expected by the rules beside the payments received, period by
 * period: a month for the CAE and the contrat d'avenir (paid monthly in
 * advance, form CAE-0515 « Aides de l'État » ; R. 5134-63), a milestone for
 * the CAE-DOM (R. 831-5). Each period says what changed in it (SMIC
 * revaluation, hours, rate, suspension, hiring or end within the month,
 * rupture, dénonciation), with the article, and each difference between
 * what was expected and what was received is explained in French: which
 * period, how much more or less, which cause, which rule.
 */
import { type Day, dayFr, daysInMonthOf, firstOfMonth, formatDay, parseDay, tryParseDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import { formatMonthFr } from '../format/date';
import { euroFr } from '../money/exact';
import { DOM_REFS } from '../parameters/articles';
import { payingAgencyPhrase, toOrganisation } from '../parameters/organisations';
import { monthlyAidSchedule, type AidPayment } from './aidSchedule';
import { buildContext, type Context } from './context';
import { aidRef, periodCauses, type AidCause } from './reconciliationCauses';
import { domAidSchedule } from './domSchedule';
import type { Trace } from './trace';

/** A payment received, as recorded (imported notice or typed). */
export interface ReceivedAid {
  id: number;
  receivedOn: string;
  amountCents: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * conforme: received what was expected; ecart: received a different amount;
 * non_recu: due and nothing recorded yet; a_venir: not yet due;
 * non_prevu: received for a period where the rules expect nothing.
 */
export type ReconciliationStatus = 'conforme' | 'ecart' | 'non_recu' | 'a_venir' | 'non_prevu';

export interface ReconciliationLine {
  /** `YYYY-MM` for a monthly aid, the milestone (« fin du 3e mois ») for the CAE-DOM. */
  period: string;
  /** « juillet 2008 », « fin du 3e mois (08/09/2008) ». */
  label: string;
  periodStart: string;
  periodEnd: string;
  /** When the payment falls due (null for a payment the rules do not expect). */
  due: string | null;
  expectedCents: number;
  receivedCents: number;
  receivedIds: number[];
  /** Received − expected (0 while not yet due and nothing received). */
  differenceCents: number;
  status: ReconciliationStatus;
  /** What changed in the period, each with its article (also for a period without difference). */
  causes: AidCause[];
  /** For an écart or a payment not expected: month, amount, causes, in one French paragraph. */
  explanation: string | null;
  /** How the expected amount is computed (undefined for a payment not expected). */
  trace: Trace | undefined;
}

export interface Reconciliation {
  lines: ReconciliationLine[];
  /** Expected aid fallen due on or before `today`. */
  expectedToDateCents: number;
  receivedCents: number;
  /** Lines with a difference to explain (écart or payment not expected). */
  differences: number;
}

interface ExpectedPeriod {
  payment: AidPayment;
  label: string;
  start: Day;
  end: Day;
  due: Day;
}

/** The expected payments with the period each covers (same periods as the stored schedule, electron/services/aid-payments.ts). */
function expectedPeriods(ctx: Context): ExpectedPeriod[] {
  if (ctx.measure === 'CAE' || ctx.measure === 'CAV') {
    return (monthlyAidSchedule(ctx)?.payments ?? []).map((payment) => {
      const start = parseDay(payment.due);
      const monthEnd = firstOfMonth(start) + daysInMonthOf(start) - 1;
      const end = ctx.end !== undefined && ctx.end >= start ? Math.min(monthEnd, ctx.end) : monthEnd;
      return { payment, label: formatMonthFr(payment.period), start, end, due: start };
    });
  }
  if (ctx.measure !== 'CAE_DOM' || ctx.hired === undefined) return [];
  let next = ctx.hired;
  return (domAidSchedule(ctx) ?? []).map((payment) => {
    const due = parseDay(payment.due);
    const start = Math.min(next, due);
    next = due + 1;
    return { payment, label: `${payment.period} (${dayFr(due)})`, start, end: due, due };
  });
}

const monthKey = (iso: string) => iso.slice(0, 7);

/** The expected period a received payment answers: same month (monthly aid), or the milestone period holding its end (CAE-DOM). */
function answeredPeriod(periods: ExpectedPeriod[], r: ReceivedAid, monthly: boolean): number {
  if (monthly) return periods.findIndex((p) => p.payment.period === monthKey(r.periodStart));
  const end = tryParseDay(r.periodEnd) ?? 0;
  const start = tryParseDay(r.periodStart) ?? 0;
  const i = periods.findIndex((p) => p.start <= end && end <= p.end);
  return i >= 0 ? i : periods.findIndex((p) => p.start <= start && start <= p.end);
}

/** « de juin 2008 », « d’août 2008 ». */
const ofLabel = (label: string) => (/^[aeiouéh]/i.test(label) ? `d’${label}` : `de ${label}`);

const sum = (rs: readonly ReceivedAid[]) => rs.reduce((s, r) => s + r.amountCents, 0);

/** « juillet 2008 : 7,80 € de moins que prévu (reçu 617,95 €, prévu 625,75 €) ; le SMIC … ». */
function explainDifference(period: ExpectedPeriod, received: number, causes: AidCause[], previous: ExpectedPeriod | undefined): string {
  const { label } = period;
  const expected = period.payment.amountCents;
  const diff = received - expected;
  const head = `${label} : ${euroFr(Math.abs(diff))} de ${diff < 0 ? 'moins' : 'plus'} que prévu (reçu ${euroFr(received)}, prévu ${euroFr(expected)})`;
  const parts = [head, ...causes.map((c) => c.text)];
  // The organisation often keeps paying last month's amount: say so when that is what came.
  if (previous && previous.payment.amountCents === received && causes.some((c) => c.kind !== 'HIRING' && c.kind !== 'END')) {
    parts.push(`le montant reçu est celui ${ofLabel(previous.label)} : le changement n’a pas été pris en compte dans le versement`);
  }
  if (causes.length === 0) {
    const on = formatDay(period.start);
    parts.push(
      `aucun changement ce mois-là (SMIC, heures, taux, suspension, embauche ou fin, rupture, dénonciation) n’explique l’écart : à signaler ${toOrganisation(payingAgencyPhrase(on))}`,
    );
  }
  return `${parts.join(' ; ')}.`;
}

function expectedLine(ctx: Context, periods: ExpectedPeriod[], i: number, received: ReceivedAid[], today: Day): ReconciliationLine {
  const p = periods[i]!;
  const expected = p.payment.amountCents;
  const got = sum(received);
  const status: ReconciliationStatus = received.length > 0 ? (got === expected ? 'conforme' : 'ecart') : p.due <= today ? 'non_recu' : 'a_venir';
  const causes = periodCauses(ctx, p.start, p.end, ctx.measure !== 'CAE_DOM');
  if (status === 'ecart' && causes.length === 0) causes.push(unexplainedCause(ctx, p.start));
  return {
    period: p.payment.period,
    label: p.label,
    periodStart: formatDay(p.start),
    periodEnd: formatDay(p.end),
    due: formatDay(p.due),
    expectedCents: expected,
    receivedCents: got,
    receivedIds: received.map((r) => r.id),
    differenceCents: status === 'a_venir' ? 0 : got - expected,
    status,
    causes,
    explanation: status === 'ecart' ? explainDifference(p, got, realCauses(causes), periods[i - 1]) : null,
    get trace(): Trace {
      return p.payment.trace;
    },
  };
}

const realCauses = (causes: AidCause[]) => causes.filter((c) => c.kind !== 'UNEXPLAINED');

function unexplainedCause(ctx: Context, on: Day): AidCause {
  return { kind: 'UNEXPLAINED', on: formatDay(on), text: 'aucun changement des règles ce mois-là', legalRef: aidRef(ctx, formatDay(on)) };
}

/** Payments received for a period where the rules expect nothing (after the end, a month wholly suspended, outside the convention). */
function unexpectedLine(ctx: Context, received: ReceivedAid[], monthly: boolean): ReconciliationLine {
  const first = received[0]!;
  const start = parseDay(first.periodStart);
  const end = Math.max(...received.map((r) => parseDay(r.periodEnd)));
  const label = monthly ? formatMonthFr(monthKey(first.periodStart)) : `du ${dayFr(start)} au ${dayFr(end)}`;
  const got = sum(received);
  const causes = periodCauses(ctx, start, end, monthly);
  const outside = ctx.hired === undefined || end < ctx.hired || (ctx.end !== undefined && start > ctx.end && ctx.stop === undefined);
  if (outside) {
    const span = ctx.hired !== undefined && ctx.end !== undefined ? ` (du ${dayFr(ctx.hired)} au ${dayFr(ctx.end)})` : '';
    causes.push({
      kind: 'OUTSIDE',
      on: formatDay(start),
      text: `cette période est hors de la convention${span} : aucune aide n’est due`,
      legalRef: ctx.measure === 'CAE_DOM' ? DOM_REFS.payments : aidRef(ctx, formatDay(start)),
    });
  }
  const text = [`${label} : ${euroFr(got)} reçus alors que les règles ne prévoient aucune aide pour cette période`, ...causes.map((c) => c.text)];
  return {
    period: monthly ? monthKey(first.periodStart) : `${first.periodStart}/${formatDay(end)}`,
    label,
    periodStart: formatDay(start),
    periodEnd: formatDay(end),
    due: null,
    expectedCents: 0,
    receivedCents: got,
    receivedIds: received.map((r) => r.id),
    differenceCents: got,
    status: 'non_prevu',
    causes,
    explanation: `${text.join(' ; ')} ; la somme est à reverser ${toOrganisation(payingAgencyPhrase(first.receivedOn))}.`,
    trace: undefined,
  };
}

/**
 * Reconciles a convention's expected aid (its current document, every
 * avenant and event included) with the payments received. `today`
 * (`YYYY-MM-DD`) tells a payment not yet due from one not received.
 */
export function reconcileAid(doc: ConventionDocument, received: readonly ReceivedAid[], today: string): Reconciliation {
  const ctx = buildContext(doc);
  const monthly = ctx.measure !== 'CAE_DOM';
  const periods = expectedPeriods(ctx);
  const answered = periods.map((): ReceivedAid[] => []);
  const unexpected = new Map<string, ReceivedAid[]>();
  for (const r of [...received].sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : a.id - b.id))) {
    const i = answeredPeriod(periods, r, monthly);
    if (i >= 0) answered[i]!.push(r);
    else {
      const key = monthly ? monthKey(r.periodStart) : `${r.periodStart}/${r.periodEnd}`;
      unexpected.set(key, [...(unexpected.get(key) ?? []), r]);
    }
  }
  const todayDay = parseDay(today);
  const lines = periods.map((_, i) => expectedLine(ctx, periods, i, answered[i]!, todayDay));
  for (const rs of unexpected.values()) lines.push(unexpectedLine(ctx, rs, monthly));
  lines.sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
  return {
    lines,
    expectedToDateCents: lines.filter((l) => l.due !== null && l.due <= today).reduce((s, l) => s + l.expectedCents, 0),
    receivedCents: lines.reduce((s, l) => s + l.receivedCents, 0),
    differences: lines.filter((l) => l.status === 'ecart' || l.status === 'non_prevu').length,
  };
}
