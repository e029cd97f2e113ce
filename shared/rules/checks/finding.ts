export const FINDING_CODES = [
  'REQUIRED_FIELD_MISSING',
  'SIRET_INVALID',
  'NIR_INVALID',
  'NIR_MISMATCH',
  'IBAN_INVALID',
  'ROME_CODE_INVALID',
  'DEPARTMENT_INVALID',
  'EMPLOYER_NOT_ELIGIBLE',
  'HIRED_BEFORE_SIGNATURE',
  'SIGNATURE_DATES_INCONSISTENT',
  'TRANSMITTED_BEFORE_SIGNATURE',
  'JOBSEEKER_ID_INVALID',
  'CONTRACT_TYPE_NOT_ALLOWED',
  'DURATION_TOO_SHORT',
  'DURATION_TOO_LONG',
  'TOTAL_DURATION_EXCEEDED',
  'TOO_MANY_RENEWALS',
  'WEEKLY_HOURS_TOO_LOW',
  'SALARY_BELOW_SMIC',
  'PAY_BELOW_SMIC_DURING_CONTRACT',
  'AID_RATE_ABOVE_CAP',
  'AID_CUMULATION',
  'JOB_OFFER_NOT_FILED',
  'BENEFICIARY_NOT_ELIGIBLE',
  'ALLOWANCE_PRIORITY',
  'EVENT_REPORTED_LATE',
  'RENEWAL_REQUEST_LATE',
  'RENEWAL_REQUEST_UNDATED',
  'HOURS_PROGRAMME_INVALID',
  'HOURS_PROGRAMME_AVERAGE',
  'DELEGATION_MISSING',
  'RUPTURE_REASON_NOT_ALLOWED',
  'REPAYMENT_DUE',
  'SUPPORT_ACTIONS_MISSING',
  'TRAINING_ACTIONS_MISSING',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Path of the field in the `cae.convention/1` document, e.g. `contract.weeklyHours`. */
  field: string;
  /** French, plain words, says how to fix. */
  message: string;
  legalRef: string;
}

export type Emit = (code: FindingCode, severity: Severity, field: string, message: string, legalRef: string) => void;

export function collector(): { findings: Finding[]; emit: Emit } {
  const findings: Finding[] = [];
  return { findings, emit: (code, severity, field, message, legalRef) => findings.push({ code, severity, field, message, legalRef }) };
}
