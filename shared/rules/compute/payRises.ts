/**
 * The pay follows the SMIC and the hours for the whole contract (L322-4-7 I
 * « un salaire égal au produit du montant du salaire minimum de croissance
 * par le nombre d'heures de travail effectuées », L5134-20's measure from
 * 1 May 2008): each SMIC revaluation and each new weekly duration (renewal,
 * avenant) up to the convention's last day sets a new minimum, SMIC hourly ×
 * hours × 52 / 12. The document states the pay only at hiring, so the
 * stated pay is compared with each new minimum: a shortfall is a rise the
 * employer owes from that day (a finding of the convention, an item of the
 * employer's obligations).
 */
import { type Day, dayFr, formatDay, parseDay } from '../dates/day';
import { euroFr, hoursFr } from '../money/exact';
import { minimumPayRef } from '../parameters/articles';
import { SMIC_HOURLY_CENTS } from '../parameters/smic';
import { type Context, stateOn } from './context';
import { minimumMonthlyGrossFigure, smicOnDay } from './monthly';

export interface PayRise {
  /** The day the new minimum applies (`YYYY-MM-DD`). */
  on: string;
  /** Weekly hours in force that day. */
  hoursH: number;
  /** The new minimum monthly gross and the pay stated at hiring, in cents. */
  minimumCents: number;
  statedCents: number;
  /** What changed that day, in French (« SMIC horaire porté à 8,71 € », « durée hebdomadaire passée à 26 h »). */
  causes: string[];
  legalRef: string;
  /** One French sentence: from when, why, how much more. */
  message: string;
}

const SMIC_CHANGES = new Set(SMIC_HOURLY_CENTS.values.map((v) => parseDay(v.from)));

/** Computed once per context: the convention's finding and its `computed.payRises` read the same list. */
const computedFor = new WeakMap<Context, PayRise[]>();

/** The rises the pay stated at hiring owes after it, in date order (none when the pay stays at or above each new minimum). */
export function payRises(ctx: Context): PayRise[] {
  let rises = computedFor.get(ctx);
  if (!rises) {
    rises = computePayRises(ctx);
    computedFor.set(ctx, rises);
  }
  return rises;
}

function computePayRises(ctx: Context): PayRise[] {
  const { hired, end, grossCents } = ctx;
  if (hired === undefined || end === undefined || grossCents === undefined) return [];
  const hoursDays = new Set(ctx.hourSettings.map((s) => s.on));
  const days = [...new Set([...SMIC_CHANGES, ...hoursDays])].filter((d) => d > hired && d <= end).sort((a, b) => a - b);
  let hours = stateOn(ctx, hired).hoursH;
  let previous = hours === undefined ? undefined : minimumMonthlyGrossFigure(hours, formatDay(hired))?.value;
  const out: PayRise[] = [];
  for (const d of days) {
    const now = stateOn(ctx, d).hoursH;
    const smic = smicOnDay(d);
    if (now === undefined || !smic) continue;
    const at = formatDay(d);
    const min = minimumMonthlyGrossFigure(now, at)?.value;
    const causes = [
      SMIC_CHANGES.has(d) ? `SMIC horaire porté à ${euroFr(smic.value)}` : undefined,
      now !== hours ? `durée hebdomadaire passée à ${hoursFr(now)}` : undefined,
    ].filter((c) => c !== undefined);
    hours = now;
    if (min === undefined || min === previous) continue;
    previous = min;
    if (grossCents >= min) continue;
    out.push({
      on: at,
      hoursH: now,
      minimumCents: min,
      statedCents: grossCents,
      causes,
      legalRef: minimumPayRef(ctx.measure, at),
      message: riseMessage(d, causes, now, min, grossCents),
    });
  }
  return out;
}

function riseMessage(d: Day, causes: string[], hoursH: number, min: number, gross: number): string {
  return `À partir du ${dayFr(d)} (${causes.join(', ')}), le salaire brut mensuel dû pour ${hoursFr(hoursH)} par semaine est d’au moins ${euroFr(min)} (SMIC horaire × heures × 52 / 12) : le salaire indiqué à l’embauche (${euroFr(gross)}) doit augmenter d’au moins ${euroFr(min - gross)} à cette date.`;
}
