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
export interface Period {
  from: Day;
  to: Day;
  hoursH: number | undefined;
  rateBp: number | undefined;
  /** 'INITIAL' or the index of the renewal. */
  source: 'INITIAL' | number;
}

export interface Setting {
  on: Day;
  value: number;
}

export interface Exclusion {
  from: Day;
  to: Day;
  /** True when the aid keeps being paid during it (pay maintained in the cases the text allows). */
  aidContinues: boolean;
  /** True when the employer keeps paying (the exemption then continues too). */
  paid: boolean;
}

export interface RuptureInfo {
  on: Day;
  initiative: 'EMPLOYEE' | 'EMPLOYER' | undefined;
  reason: string | undefined;
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

  let initialEnd = day(c.plannedEnd);
  if (hired !== undefined && initialEnd === undefined && measure === 'CAV') {
    // R. 5134-47: without a stated term, the convention lasts two years.
    initialEnd = endOfContractMonth(hired, valueAt(CAV.standardMonths, c.hiredOn ?? '')?.value ?? 24);
  }
  if (measure === 'CAE_DOM' && cdi && hired !== undefined) {
    // R. 831-4: for a CDI the convention lasts 24 months (30 with the RMI) from hiring.
    const months = valueAt(rmi ? CAE_DOM.cdiMonthsRmi : CAE_DOM.cdiMonths, c.hiredOn ?? '')?.value ?? 24;
    initialEnd = endOfContractMonth(hired, months);
  }

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
      const aidContinues = measure === 'CAV' ? paid && reason !== undefined && reason !== null && CAV_MAINTAINED.has(reason) : measure === 'CAE_DOM' ? true : paid;
      exclusions.push({ from, to, aidContinues, paid });
    } else if (e.kind === 'RUPTURE') {
      const on = day(e.on);
      if (on !== undefined && (rupture === undefined || on < rupture.on)) {
        rupture = { on, initiative: e.initiative ?? undefined, reason: e.reason ?? undefined };
      }
    }
  }
  hoursChanges.sort((a, b) => a.on - b.on);
  const hourSettings: Setting[] = weeklyHoursSettings(doc).map((s) => ({ on: s.on, value: hoursToHundredths(s.hours) }));
  const rateSettings: Setting[] = [];
  if (hired !== undefined && rateBp !== undefined) rateSettings.push({ on: hired, value: rateBp });
  (doc.renewals ?? []).forEach((r) => {
    const from = day(r.from);
    const rate = pct(r.aidRatePercent);
    if (from !== undefined && rate !== undefined) rateSettings.push({ on: from, value: rate });
  });
  rateSettings.sort((a, b) => a.on - b.on);

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
    hourSettings,
    rateSettings,
    exclusions,
    rupture,
  };
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
