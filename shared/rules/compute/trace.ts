/**
 * The explanation behind a figure, shown under "Pourquoi ce montant ?":
 * what went in, which dated parameters were used (with their reference),
 * and the formula, in French.
 */
export interface TraceParameter {
  name: string;
  /** Display value, e.g. "8,63 €" or "20 h". */
  value: string;
  /** The date from which that value applies. */
  from: string;
  legalRef: string;
}

export interface Trace {
  label: string;
  formula: string;
  inputs: Record<string, string>;
  parameters: TraceParameter[];
  result: string;
  steps?: Trace[];
}

export interface Figure<T> {
  value: T;
  trace: Trace;
}
