import type { Measure } from '../vocabulary';
import { type Day, endOfContractMonth, tryParseDay } from '../dates/day';
import type { ConventionDocument } from '../document/schema';
import { hoursToHundredths } from '../hours/weekly';
import { weeklyHoursSettings } from '../hours/inForce';
import { decimalToUnits } from '../money/exact';
import { valueAt } from '../parameters/dated';
import { CAE_DOM, CAV } from '../parameters/measures';

/**
 * The document read once into numbers the rules compute with: days as epoch
 * days, money in cents, rates in basis points, hours in hundredths. Anything
 * missing or unreadable is undefined (the checks report it).
 */
interface Period {
  from: Day;
  to: Day;
  hoursH: number | undefined;
  rateBp: number | undefined;
  /** 'INITIAL' or the index of the renewal. */
  source: 'INITIAL' | number;
}

interface Setting {
  on: Day;
  value: number;
}

interface Exclusion {
  from: Day;
  to: Day;
  /** True when the aid keeps being paid during it (pay maintained in the cases the text allows). */
  aidContinues: boolean;
  /** True when the employer keeps paying (the exemption then continues too). */
  paid: boolean;
}

interface RuptureInfo {
  on: Day;
  initiative: 'EMPLOYEE' | 'EMPLOYER' | undefined;
  reason: string | undefined;
}

/** What ends the convention before its term, from its date of effect (the first day it no longer runs). */
interface EarlyStop {
  on: Day;
  cause: 'RUPTURE' | 'DENUNCIATION';
}

export interface Context {
  doc: ConventionDocument;
  measure: Measure | undefined;
  department: string | undefined;
  hired: Day | undefined;
  signed: Day | undefined;
  hoursH: number | undefined;
  rateBp: number | undefined;
  grossCents: number | undefined;
  totalAidCents: number | undefined;
  rmi: boolean;
  cdi: boolean;
  /** Initial term of the contract/convention. */
  initialEnd: Day | undefined;
  /** End including renewals, before any rupture. */
  plannedEnd: Day | undefined;
  periods: Period[];
  /** Hours changes (from their date). */
  hoursChanges: { on: Day; hoursH: number }[];
  /** Weekly hours set by the contract, the renewals and the avenants, sorted by date. */
  hourSettings: Setting[];
  /** Aid rates set by the convention and its renewals, sorted by date. */
  rateSettings: Setting[];
  exclusions: Exclusion[];
  rupture: RuptureInfo | undefined;
  /** Day the dénonciation decision is notified to the employer (R. 5134-51/52; form CAE-0515). */
  denounced: Day | undefined;
  /**
   * The earlier of the rupture's date of effect and the dénonciation decision:
   * from that day the convention no longer runs (no aid falls due, nothing is
   * exempted).
   */
  stop: EarlyStop | undefined;
  /** Last day of the convention: the planned end, or the day before the stop when it comes earlier. */
  end: Day | undefined;
}

const day = (s: string | null | undefined): Day | undefined => (s ? tryParseDay(s) : undefined);
const hoursToH = (h: number | null | undefined): number | undefined => (h === null || h === undefined ? undefined : hoursToHundredths(h));
const pct = (s: string | null | undefined): number | undefined => (s ? decimalToUnits(s, 2) : undefined);

/** Reasons under which the contrat d'avenir's aid continues when pay is maintained (R. 5134-61 5°, R. 5134-63). */
const CAV_MAINTAINED = new Set(['ILLNESS', 'WORK_ACCIDENT', 'MATERNITY', 'PATERNITY', 'ADOPTION']);

export function buildContext(doc: ConventionDocument): Context {
  const measure = doc.measure ?? undefined;
  const c = doc.contract ?? {};
  const hired = day(c.hiredOn);
  const rmi = (doc.employee?.allowances ?? []).includes('RMI');
  const cdi = c.type === 'CDI';
  const hoursH = hoursToH(c.weeklyHours);
  const rateBp = pct(doc.funding?.aidRatePercent);
  const initialEnd = initialEndOf(doc, { measure, hired, cdi, rmi });
  const { periods, plannedEnd } = periodsOf(doc, { hired, initialEnd, hoursH, rateBp });
  const { hoursChanges, exclusions, rupture } = eventsOf(doc, measure, plannedEnd);
  const denounced = day(doc.denunciation?.decisionNotifiedOn);
  const stop = earlyStopOf(rupture, denounced);

  return {
    doc,
    measure,
    department: doc.department ?? undefined,
    hired,
    signed: day(doc.signedOn),
    hoursH,
    rateBp,
    grossCents: c.monthlyGross ? decimalToUnits(c.monthlyGross, 2) : undefined,
    totalAidCents: doc.funding?.totalAid ? decimalToUnits(doc.funding.totalAid, 2) : undefined,
    rmi,
    cdi,
    initialEnd,
    plannedEnd,
    periods,
    hoursChanges,
    hourSettings: weeklyHoursSettings(doc).map((s) => ({ on: s.on, value: hoursToHundredths(s.hours) })),
    rateSettings: rateSettingsOf(doc, hired, rateBp),
    exclusions,
    rupture,
    denounced,
    stop,
    end: stop !== undefined && (plannedEnd === undefined || stop.on - 1 < plannedEnd) ? stop.on - 1 : plannedEnd,
  };
}

/**
 * The convention ends early at a rupture (from its date of effect) or at the
 * notification of the dénonciation decision (R. 5134-52: the contributions
 * fall due after « la date de notification à l'employeur de la décision de
 * dénonciation »; form CAE-0515): the earlier one. The day itself is no
 * longer covered, as for a rupture.
 */
function earlyStopOf(rupture: RuptureInfo | undefined, denounced: Day | undefined): EarlyStop | undefined {
  if (denounced !== undefined && (rupture === undefined || denounced < rupture.on)) return { on: denounced, cause: 'DENUNCIATION' };
  return rupture !== undefined ? { on: rupture.on, cause: 'RUPTURE' } : undefined;
}

/** The initial term: the stated planned end, or the one the texts set when the document states none (CAV) or for a CDI (CAE-DOM). */
function initialEndOf(doc: ConventionDocument, f: { measure: Measure | undefined; hired: Day | undefined; cdi: boolean; rmi: boolean }): Day | undefined {
  const { measure, hired } = f;
  const hiredOn = doc.contract?.hiredOn ?? '';
  let initialEnd = day(doc.contract?.plannedEnd);
  if (hired !== undefined && initialEnd === undefined && measure === 'CAV') {
    // R. 5134-47: without a stated term, the convention lasts two years.
    initialEnd = endOfContractMonth(hired, valueAt(CAV.standardMonths, hiredOn)?.value ?? 24);
  }
  if (measure === 'CAE_DOM' && f.cdi && hired !== undefined) {
    // R. 831-4: for a CDI the convention lasts 24 months (30 with the RMI) from hiring.
    const months = valueAt(f.rmi ? CAE_DOM.cdiMonthsRmi : CAE_DOM.cdiMonths, hiredOn)?.value ?? 24;
    initialEnd = endOfContractMonth(hired, months);
  }
  return initialEnd;
}

/** The initial period and the renewals (each keeping the previous hours and rate unless it sets its own), and the end they reach. */
function periodsOf(
  doc: ConventionDocument,
  initial: { hired: Day | undefined; initialEnd: Day | undefined; hoursH: number | undefined; rateBp: number | undefined },
): { periods: Period[]; plannedEnd: Day | undefined } {
  const { hired, initialEnd, hoursH, rateBp } = initial;
  const periods: Period[] = [];
  if (hired !== undefined && initialEnd !== undefined) periods.push({ from: hired, to: initialEnd, hoursH, rateBp, source: 'INITIAL' });
  let plannedEnd = initialEnd;
  (doc.renewals ?? []).forEach((r, i) => {
    const from = day(r.from);
    const to = day(r.to);
    if (from === undefined || to === undefined) return;
    const prev = periods[periods.length - 1];
    periods.push({
      from,
      to,
      hoursH: hoursToH(r.weeklyHours) ?? prev?.hoursH ?? hoursH,
      rateBp: pct(r.aidRatePercent) ?? prev?.rateBp ?? rateBp,
      source: i,
    });
    if (plannedEnd === undefined || to > plannedEnd) plannedEnd = to;
  });
  return { periods, plannedEnd };
}

/** The events read for the computations: hours changes (sorted), suspensions as exclusions, and the earliest rupture. */
function eventsOf(
  doc: ConventionDocument,
  measure: Measure | undefined,
  plannedEnd: Day | undefined,
): Pick<Context, 'hoursChanges' | 'exclusions' | 'rupture'> {
  const hoursChanges: { on: Day; hoursH: number }[] = [];
  const exclusions: Exclusion[] = [];
  let rupture: RuptureInfo | undefined;
  for (const e of doc.events ?? []) {
    if (e.kind === 'HOURS_CHANGE') {
      const on = day(e.on);
      if (on !== undefined) hoursChanges.push({ on, hoursH: hoursToHundredths(e.weeklyHours) });
    } else if (e.kind === 'SUSPENSION' || e.kind === 'TRIAL_PERIOD_ELSEWHERE') {
      const from = day(e.from);
      if (from === undefined) continue;
      const to = day(e.to) ?? plannedEnd ?? from;
      const paid = e.paid === true;
      const reason = e.kind === 'SUSPENSION' ? e.reason : 'TRIAL_PERIOD_ELSEWHERE';
      // CAE (form CAE-0515): no aid for an unpaid suspension. CAV (R. 5134-63): aid stops,
      // unless pay is maintained in the cases of R. 5134-61 5°. CAE-DOM: the décret is
      // silent on the aid (only the exemption skips unpaid suspensions).
      const aidContinues =
        measure === 'CAV' ? paid && reason !== undefined && reason !== null && CAV_MAINTAINED.has(reason) : measure === 'CAE_DOM' ? true : paid;
      exclusions.push({ from, to, aidContinues, paid });
    } else if (e.kind === 'RUPTURE') {
      const on = day(e.on);
      if (on !== undefined && (rupture === undefined || on < rupture.on)) {
        rupture = { on, initiative: e.initiative ?? undefined, reason: e.reason ?? undefined };
      }
    }
  }
  hoursChanges.sort((a, b) => a.on - b.on);
  return { hoursChanges, exclusions, rupture };
}

/** Aid rates set by the convention and its renewals, sorted by date. */
function rateSettingsOf(doc: ConventionDocument, hired: Day | undefined, rateBp: number | undefined): Setting[] {
  const rateSettings: Setting[] = [];
  if (hired !== undefined && rateBp !== undefined) rateSettings.push({ on: hired, value: rateBp });
  (doc.renewals ?? []).forEach((r) => {
    const from = day(r.from);
    const rate = pct(r.aidRatePercent);
    if (from !== undefined && rate !== undefined) rateSettings.push({ on: from, value: rate });
  });
  rateSettings.sort((a, b) => a.on - b.on);
  return rateSettings;
}

/** Weekly hours (hundredths) and aid rate in force on a day: the latest setting on or before it. */
export function stateOn(ctx: Context, d: Day): { hoursH: number | undefined; rateBp: number | undefined; active: boolean } {
  let active = false;
  for (const p of ctx.periods) if (p.from <= d && d <= p.to) active = true;
  let hoursH: number | undefined;
  let rateBp: number | undefined;
  for (const s of ctx.hourSettings) {
    if (s.on > d) break;
    hoursH = s.value;
  }
  for (const s of ctx.rateSettings) {
    if (s.on > d) break;
    rateBp = s.value;
  }
  return { hoursH, rateBp, active };
}

/** Every day at which hours or rate change (for splitting months into segments). */
export function settingDays(ctx: Context): Day[] {
  return [...ctx.hourSettings.map((s) => s.on), ...ctx.rateSettings.map((s) => s.on)];
}
