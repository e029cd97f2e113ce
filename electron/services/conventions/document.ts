/**
 * From a `cae.convention/1` document to the indexed columns of the data
 * model (hours in minutes, money in cents, rates in basis points), and the
 * few fields a draft needs before it can be stored at all.
 */
import type { EmployerStatus } from '../../../shared/domain/enums';
import { decimalToUnits, isValidDepartment, validateConvention, type ConventionDocument, type ConventionEvent } from '../../../shared/rules/index';
import { AppError } from '../../../shared/api/result';
import type { NewEmployee, NewEmployer, NewEvent, NewVersion } from '../../db/repositories/registry-writes';

export type Doc = ConventionDocument;
type Employer = NonNullable<Doc['employer']>;
type Employee = NonNullable<Doc['employee']>;

const PRESCRIBER = /^[0-9A-Z]{5}$/;
const NIR_SHAPE = /^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$/;

export const siretOf = (s: string | null | undefined): string => (s ?? '').replace(/\s/g, '');
export const nirOf = (s: string | null | undefined): string | null => {
  const n = (s ?? '').replace(/\s/g, '').toUpperCase();
  return n === '' ? null : n;
};
export const minutesOf = (hours: number): number => Math.round(hours * 60);
export const bpOf = (percent: string | null | undefined): number | null => (percent ? (decimalToUnits(percent, 2) ?? null) : null);
export const centsOf = (euros: string | null | undefined): number | null => (euros ? (decimalToUnits(euros, 2) ?? null) : null);

/** Validates against the schema and returns a deep copy (the stored snapshot never aliases the caller's object). */
export function parseDocument(value: unknown): Doc {
  const r = validateConvention(JSON.parse(JSON.stringify(value)));
  if (!r.ok) throw new AppError('INVALID_INPUT', `Document de convention refusé : ${r.errors.slice(0, 5).join(' ; ')}`);
  return r.document;
}

/**
 * What the data model cannot do without, even for a draft (the rules still
 * report everything else as findings): the agency's numbering, the employer
 * (by SIRET), the beneficiary, and the contract's start, type and hours.
 */
export function storageProblems(doc: Doc): string[] {
  const p: string[] = [];
  const need = (ok: boolean, message: string) => ok || p.push(message);
  need(!!doc.measure, 'la mesure (CAE, CAV ou CAE_DOM)');
  need(!!doc.department && isValidDepartment(doc.department), 'le département (01 à 95, 2A, 2B, 971 à 976)');
  need(!!doc.prescriberCode && PRESCRIBER.test(doc.prescriberCode), 'le code agence ou prescripteur (5 caractères)');
  need(!!doc.filedOn, 'la date de dépôt de la demande');
  const er = doc.employer;
  need(/^\d{14}$/.test(siretOf(er?.siret)), 'le SIRET de l’employeur (14 chiffres)');
  need(!!er?.name?.trim(), 'la dénomination de l’employeur');
  need(!!er?.status, 'le statut de l’employeur (tableau 1)');
  need(!!er?.collector, 'l’organisme de recouvrement (URSSAF, MSA ou AUTRE)');
  const ee = doc.employee;
  need(!!ee?.civility, 'la civilité du salarié');
  need(!!ee?.lastName?.trim() && !!ee.firstNames?.trim(), 'le nom et le prénom du salarié');
  need(!!ee?.birthDate, 'la date de naissance du salarié');
  const nir = nirOf(ee?.nir);
  need(nir === null || NIR_SHAPE.test(nir), 'un NIR de 15 caractères (13 et la clé), ou aucun NIR');
  const c = doc.contract;
  need(!!c?.type, 'le type de contrat (CDD ou CDI)');
  need(!!c?.hiredOn, 'la date d’embauche');
  need(typeof c?.weeklyHours === 'number' && c.weeklyHours >= 1 && c.weeklyHours <= 35, 'la durée hebdomadaire (1 à 35 heures)');
  need(!c?.plannedEnd || !c.hiredOn || c.plannedEnd >= c.hiredOn, 'une fin de contrat qui ne précède pas l’embauche');
  const rate = bpOf(doc.funding?.aidRatePercent);
  need(rate === null || rate <= 10500, 'un taux d’aide de 105 % au plus');
  return p;
}

export function assertStorable(doc: Doc): void {
  const p = storageProblems(doc);
  if (p.length > 0) throw new AppError('INVALID_INPUT', `Pour enregistrer la convention, renseignez : ${p.join(' ; ')}.`);
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

export interface VersionSpan {
  startsOn: string;
  endsOn: string | null;
  weeklyHours: number;
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
    hiredOn: c.hiredOn ?? null,
    romeCode: c.romeCode ?? null,
    jobTitle: c.jobTitle ?? null,
    weeklyMinutes: minutesOf(span.weeklyHours),
    monthlyGrossCents: centsOf(c.monthlyGross),
    aidRateBp: bpOf(span.aidRatePercent),
    totalAidCents: centsOf(doc.funding?.totalAid),
    details: doc as Record<string, unknown>,
  };
}

/** The contract_events row of a document event (`newEmployerId` for a substitution). */
export function eventRow(conventionId: number, e: ConventionEvent, at: string, newEmployerId: number | null = null): NewEvent {
  const base = { conventionId, endsOn: null, reason: null, initiative: null, paid: null, weeklyMinutes: null, newEmployerId: null, reportedOn: e.reportedOn ?? null, at };
  switch (e.kind) {
    case 'SUSPENSION':
      return { ...base, kind: 'SUSPENSION', occurredOn: e.from, endsOn: e.to ?? null, reason: e.reason ?? null, paid: e.paid ?? null };
    case 'TRIAL_PERIOD_ELSEWHERE':
      return { ...base, kind: 'TRIAL_PERIOD_ELSEWHERE', occurredOn: e.from, endsOn: e.to ?? null, paid: e.paid ?? null };
    case 'RUPTURE':
      return { ...base, kind: 'RUPTURE', occurredOn: e.on, initiative: e.initiative ?? null, reason: e.reason ?? null };
    case 'HOURS_CHANGE':
      return { ...base, kind: 'HOURS_CHANGE', occurredOn: e.on, weeklyMinutes: minutesOf(e.weeklyHours) };
    case 'EMPLOYER_SUBSTITUTION':
      return { ...base, kind: 'EMPLOYER_SUBSTITUTION', occurredOn: e.on, newEmployerId };
  }
}

export function eventDate(e: ConventionEvent): string {
  return e.kind === 'SUSPENSION' || e.kind === 'TRIAL_PERIOD_ELSEWHERE' ? e.from : e.on;
}
