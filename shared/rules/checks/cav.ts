/**
 * Contrat d'avenir rules of 004 outside the durations: the renewal request
 * (R. 5134-45), the variable hours' programme (R. 5134-60) and who concludes
 * the convention (R. 5134-41, R. 5134-42, R. 5134-43).
 */
import { type Context, stateOn } from '../compute/context';
import { type Day, addMonths, dayFr, formatDay, tryParseDay } from '../dates/day';
import { hoursToHundredths } from '../hours/weekly';
import { hoursFr } from '../money/exact';
import { cavRef } from '../parameters/articles';
import { cavAuthorityOf, cavSignatory, needsDepartmentDelegation } from '../parameters/cavAuthority';
import { valueAt } from '../parameters/dated';
import { CAV } from '../parameters/measures';
import type { Emit } from './finding';

/**
 * R. 5134-45: « L'employeur, préalablement au renouvellement d'un contrat
 * d'avenir, adresse […] une demande de renouvellement de la convention. »
 * The renewal takes effect at the start of its first day, so the request is
 * dated the day before at the latest. A renewal without a request date gets a
 * note (info): the date is not one of the convention's mentions (R. 5134-49)
 * and documents made before the field existed lack it (docs/rules.md).
 */
export function checkCavRenewalRequests(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAV') return;
  (ctx.doc.renewals ?? []).forEach((r, i) => {
    const legalRef = cavRef('renewalRequest', r.from);
    const to = cavSignatory(ctx.doc, r.from).toSignatory;
    const field = `renewals[${i}].requestedOn`;
    if (!r.requestedOn) {
      emit(
        'RENEWAL_REQUEST_UNDATED',
        'info',
        field,
        `Le renouvellement du ${dayFr(r.from)} ne dit pas quand l’employeur l’a demandé : indiquez la date de la demande de renouvellement, adressée ${to} avant que le renouvellement prenne effet.`,
        legalRef,
      );
    } else if (r.requestedOn >= r.from) {
      emit(
        'RENEWAL_REQUEST_LATE',
        'error',
        field,
        `La demande de renouvellement du ${dayFr(r.requestedOn)} n’a pas précédé le renouvellement, qui prend effet le ${dayFr(r.from)} : l’employeur adresse sa demande ${to} au plus tard la veille. Corrigez la date de la demande si elle est erronée ; sinon la convention ne peut pas être renouvelée à cette date.`,
        legalRef,
      );
    }
  });
}

interface ProgrammePeriod {
  index: number;
  from: Day;
  to: Day;
  hoursH: number;
}

/**
 * R. 5134-60: the weekly hours of a contrat d'avenir may vary « dans la
 * limite d'un tiers de sa durée », provided that over a year (or the
 * contract's execution when shorter) they equal on average the contract's
 * duration. The document states the programme as periods with their weekly
 * hours; the days outside them are at the contract's duration. The average is
 * checked per annual reference period, counted from `periodStart`, on the
 * hours of each day (weekly hours / 7): a gap of one hour or more over the
 * reference period is reported (docs/rules.md).
 */
export function checkCavHoursProgramme(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAV') return;
  const prog = ctx.doc.contract?.hoursProgramme;
  const { hired, plannedEnd } = ctx;
  if (!prog?.periods?.length || hired === undefined || plannedEnd === undefined) return;
  const { periods, complete } = programmePeriods(ctx, emit);
  if (periods.length === 0) return;
  const start = tryParseDay(prog.periodStart ?? '') ?? Math.min(...periods.map((p) => p.from));
  const span = { start, hired, plannedEnd };
  const wellFormed = checkProgrammeShape(periods, span, emit);
  checkProgrammeRange(ctx, periods, emit);
  if (complete && wellFormed) checkProgrammeAverage(ctx, periods, span, emit);
}

const periodField = (i: number, key: string) => `contract.hoursProgramme.periods[${i}].${key}`;

/** The programme's complete periods; an incomplete one (a row being typed) is reported. */
function programmePeriods(ctx: Context, emit: Emit): { periods: ProgrammePeriod[]; complete: boolean } {
  const periods: ProgrammePeriod[] = [];
  let complete = true;
  (ctx.doc.contract?.hoursProgramme?.periods ?? []).forEach((p, index) => {
    const from = tryParseDay(p.from ?? '');
    const to = tryParseDay(p.to ?? '');
    const hours = p.weeklyHours ?? undefined;
    if (from !== undefined && to !== undefined && hours !== undefined) {
      periods.push({ index, from, to, hoursH: hoursToHundredths(hours) });
      return;
    }
    complete = false;
    emit(
      'HOURS_PROGRAMME_INVALID',
      'error',
      periodField(index, from === undefined ? 'from' : to === undefined ? 'to' : 'weeklyHours'),
      'Complétez la période du programme : son début, sa fin et sa durée de travail par semaine.',
      cavRef('variableHours', p.from ?? ctx.doc.contract?.hiredOn ?? undefined),
    );
  });
  return { periods, complete };
}

/** Each period within the contract and the reference period, in order, none overlapping: true when all are. */
function checkProgrammeShape(periods: ProgrammePeriod[], span: { start: Day; hired: Day; plannedEnd: Day }, emit: Emit): boolean {
  const { start, hired, plannedEnd } = span;
  let wellFormed = true;
  const invalid = (p: ProgrammePeriod, key: string, message: string) => {
    wellFormed = false;
    emit('HOURS_PROGRAMME_INVALID', 'error', periodField(p.index, key), message, cavRef('variableHours', formatDay(p.from)));
  };
  const sorted = [...periods].sort((a, b) => a.from - b.from);
  sorted.forEach((p, k) => {
    const span = `du ${dayFr(p.from)} au ${dayFr(p.to)}`;
    if (p.to < p.from) {
      invalid(p, 'to', `La période du programme ${span} finit avant de commencer : corrigez ses dates.`);
    } else if (p.from < hired || p.to > plannedEnd) {
      invalid(
        p,
        p.from < hired ? 'from' : 'to',
        `La période du programme ${span} sort du contrat (du ${dayFr(hired)} au ${dayFr(plannedEnd)}) : ramenez-la dans le contrat.`,
      );
    } else if (p.from < start) {
      invalid(
        p,
        'from',
        `La période du programme ${span} commence avant la période de référence (à partir du ${dayFr(start)}) : corrigez ses dates ou le début de la période de référence.`,
      );
    }
    const previous = sorted[k - 1];
    if (previous !== undefined && p.from <= previous.to) {
      invalid(
        p,
        'from',
        `La période du programme ${span} chevauche celle du ${dayFr(previous.from)} au ${dayFr(previous.to)} : chaque jour n’a qu’une durée de travail.`,
      );
    }
  });
  return wellFormed;
}

/** « dans la limite d'un tiers de sa durée »: each period's weekly hours within a third of the contract's duration on its first day. */
function checkProgrammeRange(ctx: Context, periods: ProgrammePeriod[], emit: Emit): void {
  for (const p of periods) {
    const d = stateOn(ctx, p.from).hoursH;
    if (d === undefined) continue;
    const divisor = valueAt(CAV.variableHoursShareDivisor, formatDay(p.from))?.value ?? 3;
    if (Math.abs(p.hoursH - d) * divisor <= d) continue;
    const low = Math.ceil((d * (divisor - 1)) / divisor);
    const high = Math.floor((d * (divisor + 1)) / divisor);
    emit(
      'HOURS_PROGRAMME_INVALID',
      'error',
      periodField(p.index, 'weeklyHours'),
      `Du ${dayFr(p.from)} au ${dayFr(p.to)}, le programme prévoit ${hoursFr(p.hoursH)} par semaine : la durée du travail ne varie que dans la limite d’un tiers de la durée du contrat (${hoursFr(d)}), soit de ${hoursFr(low)} à ${hoursFr(high)} par semaine.`,
      cavRef('variableHours', formatDay(p.from)),
    );
  }
}

/** Each annual reference period from `start`, within the contract: the programme's hours equal the contract's (within an hour). */
function checkProgrammeAverage(ctx: Context, periods: ProgrammePeriod[], span: { start: Day; hired: Day; plannedEnd: Day }, emit: Emit): void {
  const { start, hired, plannedEnd } = span;
  for (let k = 0; addMonths(start, 12 * k) <= plannedEnd; k++) {
    const a = Math.max(addMonths(start, 12 * k), hired);
    const b = Math.min(addMonths(start, 12 * (k + 1)) - 1, plannedEnd);
    if (a > b || !periods.some((p) => p.from <= b && p.to >= a)) continue;
    // Hundredths of an hour per week, summed day by day: divided by 7, hundredths of an hour.
    let planned = 0;
    let due = 0;
    let known = true;
    for (let day = a; day <= b; day++) {
      const contract = stateOn(ctx, day).hoursH;
      if (contract === undefined) {
        known = false;
        break;
      }
      due += contract;
      planned += periods.find((p) => p.from <= day && day <= p.to)?.hoursH ?? contract;
    }
    const gap = planned - due;
    if (!known || Math.abs(gap) < 7 * 100) continue;
    const days = b - a + 1;
    emit(
      'HOURS_PROGRAMME_AVERAGE',
      'error',
      'contract.hoursProgramme.periods',
      `Du ${dayFr(a)} au ${dayFr(b)}, le programme donne ${hoursFr(Math.round(planned / 7))} de travail, soit ${hoursFr(Math.round(planned / days))} par semaine en moyenne, au lieu de ${hoursFr(Math.round(due / 7))} à la durée du contrat (${hoursFr(Math.round(due / days))} par semaine en moyenne) : la durée hebdomadaire doit être égale en moyenne à celle du contrat ; ${gap > 0 ? 'retirez' : 'ajoutez'} ${hoursFr(Math.round(Math.abs(gap) / 7))} au programme de cette période.`,
      cavRef('variableHours', formatDay(a)),
    );
  }
}

/**
 * R. 5134-41 al. 2: when a commune or an EPCI concludes the convention of a
 * RMI beneficiary, « celles-ci sont subordonnées à la conclusion préalable
 * d'une convention de délégation entre le département et la commune ou
 * l'établissement public de coopération intercommunale » (its contents:
 * R. 5134-43). Overseas the article defers to L. 5522-2, which is not in the
 * sources: no finding there (docs/rules.md).
 */
export function checkCavAuthority(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAV') return;
  const authority = cavAuthorityOf(ctx.doc);
  if (!needsDepartmentDelegation(authority) || !(ctx.doc.employee?.allowances ?? []).includes('RMI')) return;
  if ((ctx.department ?? '').startsWith('97')) return;
  const signed = ctx.doc.signedOn ?? undefined;
  const legalRef = cavRef('delegation', signed ?? ctx.doc.filedOn ?? ctx.doc.contract?.hiredOn ?? undefined);
  const who = authority === 'COMMUNE' ? 'une commune' : 'un établissement public de coopération intercommunale';
  const on = ctx.doc.concludedBy?.departmentDelegationOn;
  const field = 'concludedBy.departmentDelegationOn';
  if (!on) {
    emit(
      'DELEGATION_MISSING',
      'error',
      field,
      `Pour un bénéficiaire du RMI, ${who} ne conclut la convention qu’après avoir conclu avec le département une convention de délégation : indiquez la date de cette convention de délégation, ou faites conclure la convention par le président du conseil général.`,
      legalRef,
    );
  } else if (signed && on > signed) {
    emit(
      'DELEGATION_MISSING',
      'error',
      field,
      `La convention de délégation avec le département (${dayFr(on)}) doit précéder la convention individuelle, signée le ${dayFr(signed)} : ${who} ne peut conclure la convention d’un bénéficiaire du RMI qu’une fois la délégation conclue. Corrigez la date, ou faites conclure la convention par le président du conseil général.`,
      legalRef,
    );
  }
}
