/**
 * From a `cae.convention/1` document to the indexed columns of the data
 * model (money in cents, rates in basis points; the weekly hours stay in the
 * document, migration 0006), and the refusal of a draft the data model
 * cannot store (the rules' storageProblems).
 */
import {
  decimalToUnits,
  nirOf,
  siretOf,
  storageProblems,
  validateConvention,
  type ConventionDocument,
  type ConventionEvent,
} from '../../../shared/rules/index';
import type { EmployerStatus } from '../../../shared/rules/vocabulary';
import { AppError } from '../../../shared/api/result';
import type { NewEvent } from '../../db/repositories/conventions/writes';
import type { NewEmployee } from '../../db/repositories/employees';
import type { NewEmployer } from '../../db/repositories/employers';
import type { NewVersion } from '../../db/repositories/versions/writes';

export type Doc = ConventionDocument;
type Employer = NonNullable<Doc['employer']>;
type Employee = NonNullable<Doc['employee']>;

const bpOf = (percent: string | null | undefined): number | null => (percent ? (decimalToUnits(percent, 2) ?? null) : null);
const centsOf = (euros: string | null | undefined): number | null => (euros ? (decimalToUnits(euros, 2) ?? null) : null);

/** Validates against the schema and returns a deep copy (the stored snapshot never aliases the caller's object). */
export function parseDocument(value: unknown): Doc {
  const r = validateConvention(JSON.parse(JSON.stringify(value)));
  if (!r.ok) throw new AppError('INVALID_INPUT', `Document de convention refusé : ${r.errors.slice(0, 5).join(' ; ')}`);
  return r.document;
}

export function assertStorable(doc: Doc): void {
  const p = storageProblems(doc);
  if (p.length > 0) throw new AppError('INVALID_INPUT', `Pour enregistrer la convention, renseignez : ${p.map((x) => x.message).join(' ; ')}.`);
}

/** Employer registry row: address « 12 rue X, 69003 Lyon » gives postal code, city and department. */
export function employerRow(e: Employer, at: string): NewEmployer {
  const m = /(\d{5})\s+([^,\d][^,]*)$/.exec(e.address?.trim() ?? '');
  const postal = m?.[1] ?? null;
  const department = postal === null ? null : postal.startsWith('97') ? postal.slice(0, 3) : postal.startsWith('20') ? null : postal.slice(0, 2);
  return {
    siret: siretOf(e.siret),
    name: (e.name ?? '').trim(),
    status: e.status as EmployerStatus,
    collector: e.collector ?? 'URSSAF',
    // The registry keeps the collector's name only for « AUTRE », as the form prints it.
    collectorOther: e.collector === 'AUTRE' ? e.collectorName?.trim() || null : null,
    address: e.address ?? null,
    postalCode: postal,
    city: m?.[2]?.trim() ?? null,
    department,
    iban: e.iban ? e.iban.replace(/\s/g, '') : null,
    at,
  };
}

export function employeeRow(e: Employee, at: string): NewEmployee {
  return {
    nir: nirOf(e.nir),
    civility: e.civility ?? 'M',
    lastName: (e.lastName ?? '').trim(),
    birthName: e.birthName ?? null,
    firstNames: (e.firstNames ?? '').trim(),
    birthDate: e.birthDate ?? '',
    birthPlace: e.birthPlace ?? null,
    birthDepartment: e.birthDepartment ?? null,
    nationality: e.nationality ?? null,
    educationLevel: e.educationLevel ?? null,
    at,
  };
}

/** The period a version covers; its weekly hours are those its document sets in force on `startsOn`. */
export interface VersionSpan {
  startsOn: string;
  endsOn: string | null;
  aidRatePercent: string | null | undefined;
  signedOn: string | null;
  filedOn: string | null;
  employerId: number;
}

/** The indexed columns of a version, from its full document and the period it covers. */
export function versionColumns(doc: Doc, span: VersionSpan): Omit<NewVersion, 'conventionId' | 'avenantIndex' | 'kind' | 'at'> {
  const c = doc.contract ?? {};
  return {
    employerId: span.employerId,
    filedOn: span.filedOn,
    signedOn: span.signedOn,
    startsOn: span.startsOn,
    endsOn: span.endsOn,
    contractType: c.type ?? 'CDD',
    monthlyGrossCents: centsOf(c.monthlyGross),
    aidRateBp: bpOf(span.aidRatePercent),
    totalAidCents: centsOf(doc.funding?.totalAid),
    details: doc as Record<string, unknown>,
  };
}

/** The contract_events row of a document event (`newEmployerId` for a substitution). */
export function eventRow(conventionId: number, e: ConventionEvent, at: string, newEmployerId: number | null = null): NewEvent {
  const base = { conventionId, endsOn: null, reason: null, initiative: null, paid: null, newEmployerId: null, reportedOn: e.reportedOn ?? null, at };
  switch (e.kind) {
    case 'SUSPENSION':
      return { ...base, kind: 'SUSPENSION', occurredOn: e.from, endsOn: e.to ?? null, reason: e.reason ?? null, paid: e.paid ?? null };
    case 'TRIAL_PERIOD_ELSEWHERE':
      return { ...base, kind: 'TRIAL_PERIOD_ELSEWHERE', occurredOn: e.from, endsOn: e.to ?? null, paid: e.paid ?? null };
    case 'RUPTURE':
      return { ...base, kind: 'RUPTURE', occurredOn: e.on, initiative: e.initiative ?? null, reason: e.reason ?? null };
    case 'HOURS_CHANGE':
      return { ...base, kind: 'HOURS_CHANGE', occurredOn: e.on };
    case 'EMPLOYER_SUBSTITUTION':
      return { ...base, kind: 'EMPLOYER_SUBSTITUTION', occurredOn: e.on, newEmployerId };
  }
}

export function eventDate(e: ConventionEvent): string {
  return e.kind === 'SUSPENSION' || e.kind === 'TRIAL_PERIOD_ELSEWHERE' ? e.from : e.on;
}
