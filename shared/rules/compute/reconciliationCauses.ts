/**
 * What changes the aid of a period, in French with its article: the facts
 * the aid schedule (aidSchedule.ts, domSchedule.ts) cuts a month at, read
 * back from the same context so a difference can be explained by them.
 */
import { type Day, dayFr, daysInMonthOf, firstOfMonth, formatDay, parseDay, tryParseDay } from '../dates/day';
import { euroFr, hoursFr, percentFr } from '../money/exact';
import { caeRef, cavRef, DOM_REFS } from '../parameters/articles';
import { SMIC_HOURLY_CENTS } from '../parameters/smic';
import { aidStopRefFor } from './aidSchedule';
import type { Context } from './context';
import { denunciationRef } from './repayment';

type AidCauseKind = 'SMIC' | 'HOURS' | 'RATE' | 'SUSPENSION' | 'HIRING' | 'END' | 'RUPTURE' | 'DENUNCIATION' | 'OUTSIDE' | 'UNEXPLAINED';

export interface AidCause {
  kind: AidCauseKind;
  /** The day of the fact (`YYYY-MM-DD`). */
  on: string;
  /** French, to be read after the period: « le SMIC horaire brut a été revalorisé le 01/07/2008 (…) ». */
  text: string;
  legalRef: string;
}

/** The article that sets the aid's amount: form CAE-0515 « Aides de l'État » (CAE), R. 5134-49 10° and 13° (contrat d'avenir), R. 831-5 (CAE-DOM). */
export function aidRef(ctx: Context, date: string): string {
  if (ctx.measure === 'CAV') return cavRef('aidPayment', date);
  if (ctx.measure === 'CAE_DOM') return DOM_REFS.payments;
  return caeRef('aid', date);
}

/** Where the aid stops at a suspension or an early end: form CAE-0515 (CAE), R. 5134-63 (contrat d'avenir), R. 831-5 (CAE-DOM). */
function aidStopRef(ctx: Context, date: string, suspension: boolean): string {
  if (ctx.measure === 'CAE_DOM') return DOM_REFS.payments;
  return suspension && ctx.measure === 'CAE' ? caeRef('suspension', date) : aidStopRefFor(ctx, date);
}

const days = (n: number) => `${n} jour${n > 1 ? 's' : ''}`;

/** Hiring after the 1st, or the convention's planned end before the month's last day (not an early stop: stopCause says it). */
function hiringAndEnd(ctx: Context, monthStart: Day, monthEnd: Day): AidCause[] {
  const causes: AidCause[] = [];
  const dim = monthEnd - monthStart + 1;
  const { hired, end } = ctx;
  if (hired !== undefined && hired > monthStart && hired <= monthEnd) {
    const covered = Math.min(end ?? monthEnd, monthEnd) - hired + 1;
    const on = formatDay(hired);
    causes.push({ kind: 'HIRING', on, text: `embauche le ${dayFr(hired)} : aide pour ${days(covered)} sur ${dim}`, legalRef: aidRef(ctx, on) });
  }
  const stopsHere = ctx.stop !== undefined && ctx.stop.on - 1 === end;
  if (end !== undefined && !stopsHere && end >= monthStart && end < monthEnd) {
    const covered = end - Math.max(monthStart, hired ?? monthStart) + 1;
    const on = formatDay(end);
    causes.push({ kind: 'END', on, text: `fin de la convention le ${dayFr(end)} : aide pour ${days(covered)} sur ${dim}`, legalRef: aidRef(ctx, on) });
  }
  return causes;
}

/** SMIC revaluations in force from a day of [from, to], after hiring. */
function smicChanges(ctx: Context, from: Day, to: Day): AidCause[] {
  const causes: AidCause[] = [];
  const values = SMIC_HOURLY_CENTS.values;
  values.forEach((v, i) => {
    const d = parseDay(v.from);
    const previous = values[i - 1];
    if (!previous || ctx.hired === undefined || d <= ctx.hired || d < from || d > to) return;
    causes.push({
      kind: 'SMIC',
      on: v.from,
      text: `le SMIC horaire brut a été revalorisé le ${dayFr(d)} (${euroFr(previous.value)} → ${euroFr(v.value)} de l’heure) : l’aide prévue en tient compte à partir de ce jour`,
      legalRef: `${aidRef(ctx, v.from)} ; SMIC : ${v.legalRef}`,
    });
  });
  return causes;
}

/** New weekly hours or a new aid rate from a day of [from, to] (avenant, renewal). */
function settingChanges(ctx: Context, from: Day, to: Day): AidCause[] {
  const causes: AidCause[] = [];
  const scan = (settings: { on: Day; value: number }[], kind: 'HOURS' | 'RATE') => {
    settings.forEach((s, i) => {
      const previous = settings[i - 1];
      if (!previous || previous.value === s.value || s.on < from || s.on > to || (ctx.hired !== undefined && s.on <= ctx.hired)) return;
      const on = formatDay(s.on);
      const source = kind === 'HOURS' && ctx.hoursChanges.some((h) => h.on === s.on) ? 'avenant' : 'renouvellement';
      const what =
        kind === 'HOURS'
          ? `la durée hebdomadaire passe de ${hoursFr(previous.value)} à ${hoursFr(s.value)}`
          : `le taux de l’aide passe de ${percentFr(previous.value)} à ${percentFr(s.value)}`;
      causes.push({ kind, on, text: `${what} le ${dayFr(s.on)} (${source}) : l’aide prévue suit à partir de ce jour`, legalRef: aidRef(ctx, on) });
    });
  };
  scan(ctx.hourSettings, 'HOURS');
  scan(ctx.rateSettings, 'RATE');
  return causes;
}

/** Suspensions and trial periods elsewhere overlapping [from, to]: no aid for their days unless it continues (pay maintained). */
function suspensions(ctx: Context, from: Day, to: Day): AidCause[] {
  const causes: AidCause[] = [];
  for (const e of ctx.doc.events ?? []) {
    if (e.kind !== 'SUSPENSION' && e.kind !== 'TRIAL_PERIOD_ELSEWHERE') continue;
    const start = tryParseDay(e.from);
    if (start === undefined) continue;
    const end = (e.to ? tryParseDay(e.to) : undefined) ?? ctx.plannedEnd ?? start;
    if (end < from || start > to) continue;
    const inMonth = Math.min(end, to) - Math.max(start, from) + 1;
    const continues = ctx.exclusions.find((x) => x.from === start && x.to === end)?.aidContinues ?? false;
    const what =
      e.kind === 'SUSPENSION' ? `suspension ${e.paid ? 'avec maintien de la rémunération' : 'non rémunérée'}` : 'période d’essai chez un autre employeur';
    const effect = continues ? 'l’aide continue d’être versée' : `pas d’aide pour ${inMonth > 1 ? `ces ${days(inMonth)}` : 'ce jour'} du mois`;
    const on = formatDay(start);
    causes.push({ kind: 'SUSPENSION', on, text: `${what} du ${dayFr(start)} au ${dayFr(end)} : ${effect}`, legalRef: aidStopRef(ctx, on, true) });
  }
  return causes;
}

/** A rupture or a dénonciation decision within the period (the aid stops that day), or before it (nothing is due any more). */
function stopCause(ctx: Context, start: Day, windowEnd: Day): AidCause[] {
  const stop = ctx.stop;
  if (stop === undefined || stop.on > windowEnd) return [];
  const on = formatDay(stop.on);
  const fact = stop.cause === 'RUPTURE' ? `rupture du contrat le ${dayFr(stop.on)}` : `dénonciation de la convention notifiée le ${dayFr(stop.on)}`;
  const legalRef = stop.cause === 'RUPTURE' ? aidStopRef(ctx, on, false) : denunciationRef(ctx, stop.on);
  if (stop.on <= start) {
    return [{ kind: stop.cause, on, text: `la convention a pris fin le ${dayFr(stop.on - 1)} (${fact}) : aucune aide n’est due après`, legalRef }];
  }
  const advance =
    ctx.measure === 'CAE_DOM'
      ? 'aucun versement n’échoit après'
      : 'l’aide du mois, versée d’avance en entier, n’est due que jusqu’à la veille : le reste est indu et se reverse';
  return [{ kind: stop.cause, on, text: `${fact} : l’aide s’arrête ce jour-là ; ${advance}`, legalRef }];
}

/**
 * The facts that shape the aid of a period [start, end] (covered days),
 * in date order. Monthly aid: the month's hiring or end, SMIC
 * revaluations, hours and rate changes, suspensions, and an early stop.
 * CAE-DOM (a share of a lump sum): only an early stop changes it.
 */
export function periodCauses(ctx: Context, start: Day, end: Day, monthly: boolean): AidCause[] {
  if (!monthly) return stopCause(ctx, start, end);
  const monthStart = firstOfMonth(start);
  const monthEnd = monthStart + daysInMonthOf(monthStart) - 1;
  const causes = [
    ...hiringAndEnd(ctx, monthStart, monthEnd),
    ...smicChanges(ctx, monthStart, end),
    ...settingChanges(ctx, monthStart, end),
    ...suspensions(ctx, monthStart, end),
    ...stopCause(ctx, start, monthEnd),
  ];
  return causes.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
