/**
 * Whether a record of a convention package differs from what the employer
 * workspace already holds, field by field, with the same merge rules as the
 * writes (apply.ts): what the agency leaves empty in an employer's
 * or employee's details keeps its local value; versions, events and the
 * dénonciation take the agency's values whole.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DenunciationRecord } from '../../db/repositories/conventions/denunciations';
import type { EmployeeRecord } from '../../db/repositories/employees';
import type { PackageEmployerRow, PackageEventRow, PackageVersionRow } from '../../db/repositories/exchanges/package-read';
import { documentJson, storedJson } from '../../db/repositories/versions/documents';
import { canonicalJson } from '../canonical';
import type { PackageDenunciation, PackageEmployee, PackageEmployer, PackageEvent, PackageVersion } from '../schemas';

/** The values of `keys` are equal (===) in both records. */
function same(a: object, b: object, keys: readonly string[]): boolean {
  return keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** True when upserting `e` would change the local employer (name, status, collector and its name replaced; the rest only when given). */
export function employerDiffers(local: PackageEmployerRow, e: PackageEmployer): boolean {
  const merged = {
    ...local,
    name: e.name,
    status: e.status,
    collector: e.collector,
    collectorOther: e.collectorOther,
    address: e.address ?? local.address,
    postalCode: e.postalCode ?? local.postalCode,
    city: e.city ?? local.city,
    department: e.department ?? local.department,
    iban: e.iban ?? local.iban,
  };
  return !same(merged, local, ['name', 'status', 'collector', 'collectorOther', 'address', 'postalCode', 'city', 'department', 'iban']);
}

/** True when updating the local employee with `e` would change it (same merge as updateEmployee in db/repositories/employees.ts). */
export function employeeDiffers(local: EmployeeRecord, e: PackageEmployee): boolean {
  const merged: EmployeeRecord = {
    ...local,
    nir: e.nir ?? local.nir,
    civility: e.civility,
    lastName: e.lastName,
    birthName: e.birthName ?? local.birthName,
    firstNames: e.firstNames,
    birthDate: e.birthDate,
    birthPlace: e.birthPlace ?? local.birthPlace,
    birthDepartment: e.birthDepartment ?? local.birthDepartment,
    nationality: e.nationality ?? local.nationality,
    educationLevel: e.educationLevel ?? local.educationLevel,
  };
  return !same(merged, local, [
    'nir',
    'civility',
    'lastName',
    'birthName',
    'firstNames',
    'birthDate',
    'birthPlace',
    'birthDepartment',
    'nationality',
    'educationLevel',
  ]);
}

const VERSION_KEYS = [
  'employerSiret',
  'filedOn',
  'signedOn',
  'startsOn',
  'endsOn',
  'contractType',
  'hiredOn',
  'romeCode',
  'jobTitle',
  'weeklyMinutes',
  'monthlyGrossCents',
  'aidRateBp',
  'totalAidCents',
] as const;

/** Same columns and the same document (compared as stored: without the NIR, keys in canonical order). */
export function sameVersion(db: Database, local: PackageVersionRow, v: PackageVersion): boolean {
  if (local.kind !== v.versionKind || !same(local, v, VERSION_KEYS)) return false;
  return canonicalJson(JSON.parse(documentJson(db, local.document))) === canonicalJson(JSON.parse(storedJson(v.document as Record<string, unknown>)));
}

export function sameEvent(local: PackageEventRow, e: PackageEvent): boolean {
  const paid = local.paid === null ? null : local.paid === 1;
  return paid === e.paid && same(local, e, ['endsOn', 'reason', 'initiative', 'weeklyMinutes', 'newEmployerSiret', 'reportedOn']);
}

export function sameDenunciation(local: DenunciationRecord, d: PackageDenunciation): boolean {
  return same(local, d, [
    'grounds',
    'intentNotifiedOn',
    'observationsDeadline',
    'observationsReceivedOn',
    'observations',
    'decision',
    'decisionNotifiedOn',
    'decisionReason',
    'appealDeadline',
    'repaymentCents',
    'exemptedBaseCents',
    'contributionsDueOn',
    'paymentOrganisationInformedOn',
    'collectorInformedOn',
  ]);
}
