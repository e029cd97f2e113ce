/**
 * Dated parameters, in the manner of OpenFisca: a value applies from a date
 * (inclusive) until the next value's date. Each value carries its legal
 * reference, so any figure can say where it comes from.
 */
export interface DatedValue<T> {
  /** First day the value applies, `YYYY-MM-DD`. */
  from: string;
  value: T;
  legalRef: string;
}

export interface DatedParameter<T> {
  name: string;
  description: string;
  /** Sorted by `from`, ascending. */
  values: readonly DatedValue<T>[];
}

export function defineParameter<T>(name: string, description: string, values: DatedValue<T>[]): DatedParameter<T> {
  const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { name, description, values: sorted };
}

/** The value in force on `date` (ISO strings compare as dates), or undefined before the first one. */
export function valueAt<T>(param: DatedParameter<T>, date: string): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const v of param.values) {
    if (v.from <= date) found = v;
    else break;
  }
  return found;
}

/** Dates (after `from`, up to `to` inclusive) at which the parameter changes value. */
export function changesBetween<T>(param: DatedParameter<T>, from: string, to: string): string[] {
  return param.values.filter((v) => v.from > from && v.from <= to).map((v) => v.from);
}
