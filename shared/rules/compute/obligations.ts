import { computeDeadline, nonWorkingReason } from '../dates/deadlines';
import { type Day, addMonths, formatDay, tryParseDay } from '../dates/day';
import { appealRef, caeRef, cavRef, denunciationObservationsRef, hoursChangeReportingRef } from '../parameters/articles';
import { valueAt } from '../parameters/dated';
import { CAE, CAV } from '../parameters/measures';
import { employmentAgencyPhrase, payingAgencyPhrase, toOrganisation } from '../parameters/organisations';
import type { Context } from './context';
import type { Trace } from './trace';

export type ObligationEvent =
  | 'SUSPENSION'
  | 'RUPTURE'
  | 'HOURS_CHANGE'
  | 'RENEWAL'
  | 'PROOF_OF_ACTIVITY'
  | 'RENEWAL_REQUEST'
  | 'HOURS_PROGRAMME_NOTICE'
  | 'HOURS_PROGRAMME_CHANGE_NOTICE'
  | 'DENUNCIATION_OBSERVATIONS'
  | 'APPEAL';

/** What each deadline is, in the user's words. */
export const OBLIGATION_LABELS: Record<ObligationEvent, string> = {
  SUSPENSION: 'Déclaration de la suspension',
  RUPTURE: 'Déclaration de la rupture',
  HOURS_CHANGE: 'Déclaration du changement de durée du travail',
  RENEWAL: 'Déclaration du renouvellement',
  PROOF_OF_ACTIVITY: "Justificatif trimestriel d'activité",
  RENEWAL_REQUEST: 'Demande de renouvellement',
  HOURS_PROGRAMME_NOTICE: 'Prévenance du programme horaire',
  HOURS_PROGRAMME_CHANGE_NOTICE: 'Prévenance de la modification du programme horaire',
  DENUNCIATION_OBSERVATIONS: "Observations de l'employeur avant dénonciation",
  APPEAL: 'Recours',
};

export interface ReportingDeadline {
  event: ObligationEvent;
  /** The fact the deadline runs from. */
  eventDate: string;
  due: string;
  /** Index in `events` / `renewals` when the deadline comes from one. */
  index?: number;
  reportedOn?: string;
  /** Whom the employer informs, with its preposition (« à l’ANPE et au CNASEA », « au salarié »), named as on the day of the fact. */
  recipients?: string;
  /** The same recipients one by one, with their article (« l’ANPE », « le CNASEA »): one copy of the declaration each. */
  bodies?: string[];
  legalRef: string;
  trace: Trace;
}

/** The allowance a contrat d'avenir is signed under when the person holds several (R. 5134-59), with its article. */
const CAV_ALLOWANCES = [
  ['ASS', 'l’ASS'],
  ['AAH', 'l’AAH'],
  ['API', 'l’API'],
  ['RMI', 'le RMI'],
] as const;

/**
 * Whom a suspension, rupture, renewal or hours change is reported to, one by
 * one: the phrase of each (« l’ANPE ») and with its preposition (« à l’ANPE »).
 * CAE: the ANPE and the CNASEA (form CAE-0515, conditions générales).
 * Contrat d'avenir (R. 5134-61): the body serving the allowance the contract
 * was signed under, the body or local authority paying the aid, and the
 * CNASEA. Names as on `date`.
 */
function reportingBodies(ctx: Context, date: string): { name: string; to: string }[] {
  const payer = { name: payingAgencyPhrase(date), to: toOrganisation(payingAgencyPhrase(date)) };
  if (ctx.measure !== 'CAV') return [{ name: employmentAgencyPhrase(date), to: toOrganisation(employmentAgencyPhrase(date)) }, payer];
  const held = ctx.doc.employee?.allowances ?? [];
  const allowance = CAV_ALLOWANCES.find(([code]) => held.includes(code))?.[1] ?? 'l’allocation';
  const server = ctx.doc.funding?.allowancePayer?.trim();
  const serving = `l’organisme qui sert ${allowance}${server ? ` (${server})` : ''}`;
  return [
    { name: serving, to: `à ${serving}` },
    { name: 'l’organisme ou la collectivité qui verse l’aide', to: 'à l’organisme ou à la collectivité qui verse l’aide' },
    payer,
  ];
}

/** The recipients of a report in one phrase (« à l’ANPE et au CNASEA ») and one by one. */
function reportingRecipients(ctx: Context, date: string): Pick<ReportingDeadline, 'recipients' | 'bodies'> {
  const bodies = reportingBodies(ctx, date);
  const to = bodies.map((b) => b.to);
  return { recipients: `${to.slice(0, -1).join(', ')} et ${to.at(-1)}`, bodies: bodies.map((b) => b.name) };
}

/** The latest day that still leaves `n` working days before `target` (a notice given in advance). */
function workingDaysBefore(target: Day, n: number, department: string | undefined): Day {
  let d = target;
  let count = 0;
  while (count < n) {
    d -= 1;
    if (nonWorkingReason(d, department) === undefined) count++;
  }
  return d - 1;
}

/**
 * The employer's deadlines: 7 jours francs to report a suspension or rupture
 * (form CAE-0515; R. 5134-61 also for a renewal of a contrat d'avenir) and,
 * by analogy, a change of the weekly hours (form CAE-0515, without a delay),
 * quarterly proofs of activity (CAE), the renewal request before the end,
 * 15 jours ouvrés' notice of a CAV hours programme (R. 5134-60), 7 days for
 * observations before dénonciation (R. 5134-51) and 2 months for an appeal.
 */
export function reportingDeadlines(ctx: Context): ReportingDeadline[] {
  const m = ctx.measure;
  if (m !== 'CAE' && m !== 'CAV') return [];
  return [
    ...suspensionAndRuptureDeadlines(ctx, m),
    ...hoursChangeDeadlines(ctx, m),
    ...(m === 'CAV' ? [...cavRenewalDeadlines(ctx), ...cavHoursProgrammeNotice(ctx)] : []),
    ...(m === 'CAE' ? caeProofOfActivityDeadlines(ctx) : []),
    ...renewalRequestDeadline(ctx, m),
    ...denunciationDeadlines(ctx),
  ];
}

type ReportedMeasure = 'CAE' | 'CAV';

function deadlineFrom(
  event: ObligationEvent,
  from: string,
  deadline: { deadline: string; trace: Trace },
  legalRef: string,
  extra: Partial<ReportingDeadline> = {},
): ReportingDeadline {
  return { event, eventDate: from, due: deadline.deadline, legalRef, trace: deadline.trace, ...extra };
}

/** The jours francs allowed to report a suspension, rupture or renewal, as on `from`. */
function reportingJoursFrancs(m: ReportedMeasure, from: string): number {
  return valueAt(m === 'CAV' ? CAV.reportingJoursFrancs : CAE.reportingJoursFrancs, from)?.value ?? 7;
}

/**
 * Only a fact « avant la fin de la convention » is reported (form CAE-0515; R. 5134-61: « rupture anticipée »):
 * one dated after the last day is the contract's term, or outside the convention — and a dénonciation
 * decision ends the convention on the day it is notified.
 */
function beforeTheEnd(ctx: Context, from: string): boolean {
  const fromDay = tryParseDay(from);
  if (fromDay !== undefined && ctx.plannedEnd !== undefined && fromDay > ctx.plannedEnd) return false;
  return !(fromDay !== undefined && ctx.denounced !== undefined && fromDay >= ctx.denounced);
}

function suspensionAndRuptureDeadlines(ctx: Context, m: ReportedMeasure): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  (ctx.doc.events ?? []).forEach((e, index) => {
    if (e.kind !== 'SUSPENSION' && e.kind !== 'RUPTURE' && e.kind !== 'TRIAL_PERIOD_ELSEWHERE') return;
    const from = e.kind === 'RUPTURE' ? e.on : e.from;
    if (!beforeTheEnd(ctx, from)) return;
    const n = reportingJoursFrancs(m, from);
    const legalRef = m === 'CAV' ? cavRef('reporting', from) : caeRef('reporting', from);
    const extra = { index, ...reportingRecipients(ctx, from), ...(e.reportedOn ? { reportedOn: e.reportedOn } : {}) };
    out.push(deadlineFrom(e.kind === 'RUPTURE' ? 'RUPTURE' : 'SUSPENSION', from, computeDeadline('jours-francs', n, from, ctx.department), legalRef, extra));
  });
  return out;
}

/**
 * A change of the weekly hours (an avenant, `events[i]` of kind HOURS_CHANGE):
 * form CAE-0515 says it « doit être signalée à l'ANPE et au CNASEA » without a
 * delay; the software gives it the 7 jours francs of a suspension or rupture
 * (same paragraph of the form), and for a contrat d'avenir those of R. 5134-61
 * (an avenant to the convention, like a renewal): docs/rules.md, « Décisions ».
 */
function hoursChangeDeadlines(ctx: Context, m: ReportedMeasure): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  (ctx.doc.events ?? []).forEach((e, index) => {
    if (e.kind !== 'HOURS_CHANGE' || !beforeTheEnd(ctx, e.on)) return;
    const extra = { index, ...reportingRecipients(ctx, e.on), ...(e.reportedOn ? { reportedOn: e.reportedOn } : {}) };
    const deadline = computeDeadline('jours-francs', reportingJoursFrancs(m, e.on), e.on, ctx.department);
    out.push(deadlineFrom('HOURS_CHANGE', e.on, deadline, hoursChangeReportingRef(m, e.on), extra));
  });
  return out;
}

/** R. 5134-61: a contrat d'avenir's renewal is reported like a suspension or rupture. */
function cavRenewalDeadlines(ctx: Context): ReportingDeadline[] {
  return (ctx.doc.renewals ?? []).map((r, index) => {
    const n = reportingJoursFrancs('CAV', r.from);
    return deadlineFrom('RENEWAL', r.from, computeDeadline('jours-francs', n, r.from, ctx.department), cavRef('reporting', r.from), {
      index,
      ...reportingRecipients(ctx, r.from),
      ...(r.reportedOn ? { reportedOn: r.reportedOn } : {}),
    });
  });
}

/**
 * R. 5134-60: the hours programme of a contrat d'avenir is given to the
 * employee some working days before its period, and « la modification
 * éventuelle de cette programmation respecte également un délai de prévenance
 * de quinze jours »: read as the same working days (docs/rules.md).
 */
function cavHoursProgrammeNotice(ctx: Context): ReportingDeadline[] {
  const prog = ctx.doc.contract?.hoursProgramme;
  const out: ReportingDeadline[] = [];
  const notice = (event: 'HOURS_PROGRAMME_NOTICE' | 'HOURS_PROGRAMME_CHANGE_NOTICE', start: Day, notifiedOn: string | null | undefined, index?: number) => {
    const n = valueAt(CAV.hoursProgrammeNoticeWorkingDays, formatDay(start))?.value ?? 15;
    const latest = formatDay(workingDaysBefore(start, n, ctx.department));
    const what = event === 'HOURS_PROGRAMME_NOTICE' ? 'Programme de modulation communiqué' : 'Modification du programme communiquée';
    out.push(
      deadlineFrom(
        event,
        formatDay(start),
        {
          deadline: latest,
          trace: {
            label: `${what} ${n} jours ouvrés avant la période`,
            formula: `veille du ${n}e jour ouvré (lundi–vendredi hors fériés) avant le début de la période`,
            inputs: { 'début de la période': formatDay(start) },
            parameters: [],
            result: latest,
          },
        },
        cavRef('variableHours', formatDay(start)),
        // R. 5134-60: the programme is given in writing to the employee.
        { recipients: 'au salarié', ...(index !== undefined ? { index } : {}), ...(notifiedOn ? { reportedOn: notifiedOn } : {}) },
      ),
    );
  };
  const start = tryParseDay(prog?.periodStart ?? '');
  if (start !== undefined) notice('HOURS_PROGRAMME_NOTICE', start, prog?.notifiedOn);
  (prog?.changes ?? []).forEach((c, index) => {
    const from = tryParseDay(c.from ?? '');
    if (from !== undefined) notice('HOURS_PROGRAMME_CHANGE_NOTICE', from, c.notifiedOn, index);
  });
  return out;
}

/** CAE: a proof of activity at the end of each quarter counted from the hiring. */
function caeProofOfActivityDeadlines(ctx: Context): ReportingDeadline[] {
  if (ctx.hired === undefined || ctx.plannedEnd === undefined) return [];
  const out: ReportingDeadline[] = [];
  const hired = formatDay(ctx.hired);
  const every = valueAt(CAE.proofOfActivityMonths, hired)?.value ?? 3;
  // No proof is owed for a quarter that starts after a rupture or a dénonciation decision.
  const last = ctx.stop ? Math.min(ctx.stop.on, ctx.plannedEnd) : ctx.plannedEnd;
  for (let k = 1; addMonths(ctx.hired, k * every) - 1 <= last + 1; k++) {
    const deadline = computeDeadline('mois', k * every, hired, ctx.department);
    // Each quarter's proof is cited as in force on its own due date (L5134-20 from 1 May 2008, even for a convention signed before).
    out.push(deadlineFrom('PROOF_OF_ACTIVITY', hired, deadline, caeRef('proofOfActivity', deadline.deadline)));
  }
  return out;
}

/** The renewal request, unless the convention stops before its planned end. */
function renewalRequestDeadline(ctx: Context, m: ReportedMeasure): ReportingDeadline[] {
  if (ctx.plannedEnd === undefined || (ctx.stop !== undefined && ctx.stop.on <= ctx.plannedEnd)) return [];
  // A request made "before" the end: the convention's last day, not moved forward.
  const end = formatDay(ctx.plannedEnd);
  return [
    {
      event: 'RENEWAL_REQUEST',
      eventDate: end,
      due: end,
      legalRef: m === 'CAV' ? cavRef('renewalRequest', end) : caeRef('renewalRequest', end),
      trace: {
        label: 'Demande de renouvellement',
        formula: 'avant la fin de la convention (dernier jour)',
        inputs: { 'fin de la convention': end },
        parameters: [],
        result: end,
      },
    },
  ];
}

/** Dénonciation: the employer's observations after the notice of intent (R. 5134-51), then the appeal against the decision. */
function denunciationDeadlines(ctx: Context): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  const den = ctx.doc.denunciation;
  const dep = ctx.department;
  if (den?.intentNotifiedOn) {
    const n = valueAt(CAV.observationDays, den.intentNotifiedOn)?.value ?? 7;
    out.push(
      deadlineFrom(
        'DENUNCIATION_OBSERVATIONS',
        den.intentNotifiedOn,
        computeDeadline('jours', n, den.intentNotifiedOn, dep),
        denunciationObservationsRef(ctx.measure, den.intentNotifiedOn),
      ),
    );
  }
  if (den?.decisionNotifiedOn) {
    const n = valueAt(CAE.appealMonths, den.decisionNotifiedOn)?.value ?? 2;
    out.push(
      deadlineFrom('APPEAL', den.decisionNotifiedOn, computeDeadline('mois', n, den.decisionNotifiedOn, dep), appealRef(ctx.measure, den.decisionNotifiedOn)),
    );
  }
  return out;
}
