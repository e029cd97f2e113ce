import type { AidPayment } from './compute/aidSchedule';
import { monthlyAidSchedule } from './compute/aidSchedule';
import { buildContext } from './compute/context';
import { domAidSchedule } from './compute/domSchedule';
import { minimumMonthlyGrossFigure, monthlyAidFigure, monthlyHoursFigure, smicHourlyFigure } from './compute/monthly';
import { type ReportingDeadline, reportingDeadlines } from './compute/obligations';
import { type RepaymentDue, repaymentDue } from './compute/repayment';
import type { Figure, Trace } from './compute/trace';
import { formatDay } from './dates/day';
import type { ConventionDocument } from './document/schema';
import { checkRequired } from './checks/required';
import { checkIdentifiers } from './checks/identifiers';
import { checkBeneficiary, checkCumulation, checkEmployer, checkJobOffer } from './checks/eligibility';
import { checkAidRate, checkDurations, checkHoursAndPay, checkSignature } from './checks/contract';
import { checkRepayment, checkReporting } from './checks/events';
import { collector, type Finding } from './checks/finding';
import { caeRef, CAV_REFS, DOM_REFS } from './parameters/articles';

export interface Computed {
  /** Cents per hour, in force at hiring. */
  smicHourly?: Figure<number>;
  /** Hundredths of an hour (8667 = 86.67 h). */
  monthlyHours?: Figure<number>;
  /** Cents. */
  minimumMonthlyGross?: Figure<number>;
  /** Cents, full month at hiring (CAE, CAV). */
  monthlyAid?: Figure<number>;
  aidPayments?: AidPayment[];
  reportingDeadlines?: ReportingDeadline[];
  conventionEnd?: Figure<string>;
  repaymentDue?: RepaymentDue;
}

export interface CheckResult {
  findings: Finding[];
  computed: Computed;
}

export interface CheckOptions {
  /** `YYYY-MM-DD`: facts not yet reported are late once this day is past their deadline. */
  today?: string;
}

/**
 * Checks a convention (complete or a draft being typed) and computes its
 * figures. Never throws on missing data: what is missing becomes a
 * REQUIRED_FIELD_MISSING finding and the figures that need it are left out.
 */
export function checkConvention(doc: ConventionDocument, options: CheckOptions = {}): CheckResult {
  const ctx = buildContext(doc);
  const { findings, emit } = collector();
  checkRequired(ctx, emit);
  checkIdentifiers(ctx, emit);
  checkEmployer(ctx, emit);
  checkCumulation(ctx, emit);
  checkBeneficiary(ctx, emit);
  checkJobOffer(ctx, emit);
  checkSignature(ctx, emit);
  checkDurations(ctx, emit);
  checkHoursAndPay(ctx, emit);
  checkAidRate(ctx, emit);

  const computed: Computed = {};
  const hiredOn = ctx.hired !== undefined ? formatDay(ctx.hired) : undefined;
  if (hiredOn !== undefined) {
    const smic = smicHourlyFigure(hiredOn);
    if (smic) computed.smicHourly = smic;
    if (ctx.hoursH !== undefined) {
      computed.monthlyHours = monthlyHoursFigure(ctx.hoursH, hiredOn);
      const min = minimumMonthlyGrossFigure(ctx.hoursH, hiredOn);
      if (min) computed.minimumMonthlyGross = min;
      if ((ctx.measure === 'CAE' || ctx.measure === 'CAV') && ctx.rateBp !== undefined) {
        const aid = monthlyAidFigure(ctx.rateBp, ctx.hoursH, hiredOn, ctx.measure === 'CAV' ? CAV_REFS.contents : caeRef('aid', hiredOn));
        if (aid) computed.monthlyAid = aid;
      }
    }
  }
  let payments: AidPayment[] = [];
  let undue = 0;
  let undueTrace: Trace | undefined;
  if (ctx.measure === 'CAE' || ctx.measure === 'CAV') {
    const s = monthlyAidSchedule(ctx);
    if (s) {
      payments = s.payments;
      undue = s.undueCents;
      undueTrace = s.undueTrace;
      computed.aidPayments = payments;
    }
  } else if (ctx.measure === 'CAE_DOM') {
    const s = domAidSchedule(ctx);
    if (s) computed.aidPayments = payments = s;
  }
  if (ctx.plannedEnd !== undefined && hiredOn !== undefined) {
    const end = ctx.rupture !== undefined && ctx.rupture.on - 1 < ctx.plannedEnd ? ctx.rupture.on - 1 : ctx.plannedEnd;
    const value = formatDay(end);
    const legalRef = ctx.measure === 'CAV' ? CAV_REFS.totalDuration : ctx.measure === 'CAE_DOM' ? DOM_REFS.duration : caeRef('duration', hiredOn);
    computed.conventionEnd = {
      value,
      trace: {
        label: 'Fin de la convention',
        formula: ctx.rupture !== undefined && end < ctx.plannedEnd ? 'veille de la date d’effet de la rupture' : 'terme du contrat, renouvellements compris (CDI CAE-DOM : fin du 24e mois, 30e avec le RMI)',
        inputs: { embauche: hiredOn, renouvellements: String(doc.renewals?.length ?? 0) },
        parameters: [{ name: 'Durée', value, from: hiredOn, legalRef }],
        result: value,
      },
    };
  }
  const deadlines = reportingDeadlines(ctx);
  if (deadlines.length > 0) computed.reportingDeadlines = deadlines;
  checkReporting(deadlines, options.today, emit);
  const rep = repaymentDue(ctx, payments, undue, undueTrace);
  if (rep) {
    computed.repaymentDue = rep;
    checkRepayment(rep, hiredOn ?? '2008-01-01', emit);
  }
  return { findings, computed };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
