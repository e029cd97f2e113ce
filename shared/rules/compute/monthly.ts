import { type Day, parseDay } from '../dates/day';
import { euroFr, hoursFr, mulDivRound, percentFr, unitsToDecimal } from '../money/exact';
import { type DatedValue, valueAt } from '../parameters/dated';
import { COMMON } from '../parameters/measures';
import { SMIC_HOURLY_CENTS } from '../parameters/smic';
import type { Figure, TraceParameter } from './trace';

/**
 * Monthly figures from weekly hours: monthly hours = weekly × 52 / 12
 * (reference/README.md), pay and aid = (rate ×) SMIC hourly × monthly hours,
 * a partial month = that amount × calendar days covered / days in the month.
 * Each is one exact fraction rounded half-up once.
 */
function smicOn(date: string): DatedValue<number> | undefined {
  return valueAt(SMIC_HOURLY_CENTS, date);
}

const SMIC_DAYS = SMIC_HOURLY_CENTS.values.map((v) => ({ day: parseDay(v.from), v }));

/** The SMIC in force on an epoch day (same table, no date formatting: used in per-segment loops). */
export function smicOnDay(day: Day): DatedValue<number> | undefined {
  let found: DatedValue<number> | undefined;
  for (const s of SMIC_DAYS) {
    if (s.day <= day) found = s.v;
    else break;
  }
  return found;
}

export function smicParameter(v: DatedValue<number>): TraceParameter {
  return { name: 'SMIC horaire brut', value: euroFr(v.value), from: v.from, legalRef: v.legalRef };
}

function weeksParameter(date: string): { weeks: number; param: TraceParameter } {
  const v = valueAt(COMMON.weeksPerYear, date);
  const weeks = v?.value ?? 52;
  return { weeks, param: { name: 'Semaines par an', value: String(weeks), from: v?.from ?? '', legalRef: v?.legalRef ?? '' } };
}

export function smicHourlyFigure(date: string): Figure<number> | undefined {
  const v = smicOn(date);
  if (!v) return undefined;
  return {
    value: v.value,
    trace: {
      label: 'SMIC horaire brut en vigueur',
      formula: 'valeur du SMIC horaire brut applicable à la date',
      inputs: { date },
      parameters: [smicParameter(v)],
      result: euroFr(v.value),
    },
  };
}

/** Monthly hours in hundredths of an hour (20 h → 8667, i.e. 86.67 h). */
export function monthlyHoursFigure(weeklyHoursH: number, date: string): Figure<number> {
  const { weeks, param } = weeksParameter(date);
  const value = mulDivRound([weeklyHoursH, weeks], [12]);
  return {
    value,
    trace: {
      label: 'Heures mensuelles',
      formula: `heures hebdomadaires × ${weeks} / 12`,
      inputs: { 'heures hebdomadaires': hoursFr(weeklyHoursH) },
      parameters: [param],
      result: `${unitsToDecimal(value, 2).replace('.', ',')} h`,
    },
  };
}

/** Minimum monthly gross pay in cents: SMIC hourly × weekly hours × 52 / 12. */
export function minimumMonthlyGrossFigure(weeklyHoursH: number, date: string): Figure<number> | undefined {
  const smic = smicOn(date);
  if (!smic) return undefined;
  const { weeks, param } = weeksParameter(date);
  const value = mulDivRound([smic.value, weeklyHoursH, weeks], [100, 12]);
  return {
    value,
    trace: {
      label: 'Salaire brut mensuel minimal',
      formula: `SMIC horaire brut × heures hebdomadaires × ${weeks} / 12, arrondi au centime (une seule fois)`,
      inputs: { date, 'heures hebdomadaires': hoursFr(weeklyHoursH) },
      parameters: [smicParameter(smic), param],
      result: euroFr(value),
    },
  };
}

/** Monthly aid in cents for a full month: rate × SMIC hourly × weekly hours × 52 / 12. */
export function monthlyAidFigure(rateBp: number, weeklyHoursH: number, date: string, aidRef: string): Figure<number> | undefined {
  const smic = smicOn(date);
  if (!smic) return undefined;
  const { weeks, param } = weeksParameter(date);
  const value = mulDivRound([rateBp, smic.value, weeklyHoursH, weeks], [10000, 100, 12]);
  return {
    value,
    trace: {
      label: 'Aide mensuelle de l’État (mois complet)',
      formula: `taux de l’aide × SMIC horaire brut × heures hebdomadaires × ${weeks} / 12, arrondi au centime (une seule fois)`,
      inputs: { date, 'taux de l’aide': percentFr(rateBp), 'heures hebdomadaires': hoursFr(weeklyHoursH) },
      parameters: [smicParameter(smic), param, { name: 'Aide en % du SMIC horaire', value: percentFr(rateBp), from: date, legalRef: aidRef }],
      result: euroFr(value),
    },
  };
}
