import type { AidPayment } from './compute/aidSchedule';
import { buildContext, type Context } from './compute/context';
import { scheduledAid } from './compute/scheduledAid';
import { minimumMonthlyGrossFigure, monthlyAidFigure, monthlyHoursFigure, smicHourlyFigure } from './compute/monthly';
import { type ReportingDeadline, reportingDeadlines } from './compute/obligations';
import { type PayRise, payRises } from './compute/payRises';
import { denunciationRef, type RepaymentDue, repaymentDue } from './compute/repayment';
import type { Figure } from './compute/trace';
import { formatDay } from './dates/day';
import type { ConventionDocument } from './document/schema';
import { checkRequired } from './checks/required';
import { checkIdentifiers } from './checks/identifiers';
import { checkBeneficiary, checkCumulation, checkEmployer, checkJobOffer } from './checks/eligibility';
import { checkAidRate, checkContractType, checkDurations, checkHoursAndPay, checkSignature } from './checks/contract';
import { checkEmployeeRupture, checkRepayment, checkReporting } from './checks/events';
import { checkCavAuthority, checkCavHoursProgramme, checkCavRenewalRequests } from './checks/cav';
import { checkFormFields } from './checks/form';
import { collector, type Emit, type Finding } from './checks/finding';
import { checkSupport } from './checks/support';
import { caeRef, cavRef, DOM_REFS } from './parameters/articles';

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
  /** Rises the pay stated at hiring owes after a SMIC revaluation or a new weekly duration. */
  payRises?: PayRise[];
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

/** The checks of the document itself, in the order their findings are listed. */
const CHECKS: readonly ((ctx: Context, emit: Emit) => void)[] = [
  checkRequired,
  checkIdentifiers,
  checkEmployer,
  checkCumulation,
  checkBeneficiary,
  checkJobOffer,
  checkSignature,
  checkCavAuthority,
  checkFormFields,
  checkContractType,
  checkDurations,
  checkCavRenewalRequests,
  checkHoursAndPay,
  checkCavHoursProgramme,
  checkAidRate,
  checkEmployeeRupture,
  checkSupport,
];

/**
 * Checks a convention (complete or a draft being typed) and computes its
 * figures. Never throws on missing data: what is missing becomes a
 * REQUIRED_FIELD_MISSING finding and the figures that need it are left out.
 */
export function checkConvention(doc: ConventionDocument, options: CheckOptions = {}): CheckResult {
  const ctx = buildContext(doc);
  const { findings, emit } = collector();
  for (const check of CHECKS) check(ctx, emit);

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
        const aid = monthlyAidFigure(ctx.rateBp, ctx.hoursH, hiredOn, ctx.measure === 'CAV' ? cavRef('contents', hiredOn) : caeRef('aid', hiredOn));
        if (aid) computed.monthlyAid = aid;
      }
    }
  }
  const schedule = scheduledAid(ctx);
  if (schedule) computed.aidPayments = schedule.payments;
  if (ctx.plannedEnd !== undefined && ctx.end !== undefined && hiredOn !== undefined) {
    const end = ctx.end;
    const value = formatDay(end);
    const early = ctx.stop !== undefined && end < ctx.plannedEnd ? ctx.stop.cause : undefined;
    // The end is set by the last period (the contract or its last renewal): cited as in force on the day that period starts.
    const last = ctx.periods.at(-1);
    const setOn = last !== undefined && last.source !== 'INITIAL' ? formatDay(last.from) : hiredOn;
    const legalRef =
      ctx.measure === 'CAV'
        ? cavRef('totalDuration', setOn)
        : ctx.measure === 'CAE_DOM'
          ? DOM_REFS.duration
          : caeRef(setOn === hiredOn ? 'duration' : 'renewal', setOn);
    computed.conventionEnd = {
      value,
      trace: {
        label: 'Fin de la convention',
        formula:
          early === 'RUPTURE'
            ? 'veille de la date d’effet de la rupture'
            : early === 'DENUNCIATION'
              ? 'veille de la notification de la décision de dénonciation'
              : 'terme du contrat, renouvellements compris (CDI CAE-DOM : fin du 24e mois, 30e avec le RMI)',
        inputs: { embauche: hiredOn, renouvellements: String(doc.renewals?.length ?? 0) },
        parameters: [
          { name: 'Durée', value, from: hiredOn, legalRef },
          ...(early === 'DENUNCIATION' && ctx.denounced !== undefined
            ? [{ name: 'Dénonciation', value: formatDay(ctx.denounced), from: formatDay(ctx.denounced), legalRef: denunciationRef(ctx, ctx.denounced) }]
            : []),
        ],
        result: value,
      },
    };
  }
  const deadlines = reportingDeadlines(ctx);
  if (deadlines.length > 0) computed.reportingDeadlines = deadlines;
  checkReporting(deadlines, options.today, emit);
  const rises = payRises(ctx);
  if (rises.length > 0) computed.payRises = rises;
  const rep = repaymentDue(ctx, schedule?.payments ?? [], schedule?.undueCents ?? 0, schedule?.undueTrace);
  if (rep) {
    computed.repaymentDue = rep;
    // The payment organisation is named as on the day of the rupture or dénonciation, not of hiring.
    const factOn = ctx.doc.denunciation?.decisionNotifiedOn ?? (ctx.rupture !== undefined ? formatDay(ctx.rupture.on) : hiredOn);
    checkRepayment(rep, factOn ?? '2008-01-01', emit);
  }
  return { findings, computed };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
