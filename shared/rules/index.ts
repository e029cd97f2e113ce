/** Public entry of the rules package: pure, deterministic, no I/O. */
export { checkConvention, hasErrors, type CheckOptions, type CheckResult, type Computed } from './checkConvention';
export { FINDING_CODES, type Finding, type FindingCode, type Severity } from './checks/finding';
export type { Figure, Trace, TraceParameter } from './compute/trace';
export type { AidPayment } from './compute/aidSchedule';
export type { ReportingDeadline, ObligationEvent } from './compute/obligations';
export type { RepaymentDue } from './compute/repayment';
export { exemption, type Exemption, type ExemptionMonth } from './compute/exemption';
export { buildContext } from './compute/context';
export { minimumMonthlyGrossFigure, monthlyAidFigure, monthlyHoursFigure, smicHourlyFigure } from './compute/monthly';
export { computeDeadline, isWorkingDay, nextWorkingDay, DEADLINE_KINDS, type Deadline, type DeadlineKind } from './dates/deadlines';
export { holidaysOf, ABOLITION_DAYS } from './dates/holidays';
export { parseDay, formatDay, tryParseDay, endOfContractMonth, addMonths, type Day } from './dates/day';
export { CONVENTION_SCHEMA_ID, conventionSchema, weeklyHoursSchema, type ConventionDocument, type ConventionEvent, type Renewal } from './document/schema';
export { parseConventionText, validateConvention, formatPath, type ParseResult } from './document/parse';
export { storageProblems, siretOf, nirOf, type StorageProblem } from './document/storable';
export {
  WEEKLY_HOURS,
  WEEKLY_MINUTES,
  WEEKLY_HOURS_MESSAGES,
  weeklyHoursProblem,
  hoursToHundredths,
  hundredthsToHours,
  hoursToMinutes,
  minutesToHours,
} from './hours/weekly';
export { minimumWeeklyHours } from './hours/minimum';
export { weeklyHoursOn, weeklyHoursSettings, latestWeeklyHours, hoursChangeOn } from './hours/inForce';
export { isValidSiren, isValidSiret, siretCheckDigit, completeSiret } from './identifiers/siret';
export { isValidNir, nirKey, nirMismatches, parseNir } from './identifiers/nir';
export { isValidSepaIban, isValidRibKey, ribKey } from './identifiers/bank';
export { isValidDepartment, isValidRomeCode, isOverseasDepartment } from './identifiers/codes';
export { centsToEuros, decimalToUnits, mulDivRound } from './money/exact';
export { valueAt, type DatedParameter, type DatedValue } from './parameters/dated';
export { SMIC_HOURLY_CENTS } from './parameters/smic';
export { CAE, CAV, CAE_DOM, COMMON, MAX_AID_RATE_BP } from './parameters/measures';
export { caeRef, CAV_REFS, DOM_REFS, RECODIFICATION_DATE } from './parameters/articles';
export { employmentAgencyName, payingAgencyName } from './parameters/organisations';
export { SOURCES, readableLegalRef } from './parameters/sources';
export { MEASURES, COLLECTORS, EMPLOYER_STATUSES, type Measure, type Collector, type EmployerStatus } from './vocabulary';
export { formatDateFr, formatMonthFr } from './format/date';
export { formatCents, formatBasisPoints } from './format/money';
