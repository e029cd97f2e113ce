/**
 * The weekly minimum of a measure: the CAE's « ne peut être inférieure à
 * vingt heures, sauf lorsque la convention le prévoit » (L322-4-7 I al. 7,
 * then L5134-20 and following), a dated parameter (CAE.minWeeklyHours). The
 * texts of the contrat d'avenir and of the CAE-DOM in docs/sources set none.
 */
import { type DatedValue, valueAt } from '../parameters/dated';
import { CAE } from '../parameters/measures';
import type { Measure } from '../vocabulary';

/** The minimum in force on `date` (the latest one without a date), or undefined for a measure without one. */
export function minimumWeeklyHours(measure: Measure | null | undefined, date?: string | null): DatedValue<number> | undefined {
  if (measure !== 'CAE') return undefined;
  return date ? valueAt(CAE.minWeeklyHours, date) : CAE.minWeeklyHours.values.at(-1);
}
