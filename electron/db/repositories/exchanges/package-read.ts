/**
 * Reads for the convention package (agency → employer), the same on both
 * sides: the agency reads what it sends, the employer reads what it already
 * has to tell what a package would change. Rows carry the SIRETs (natural
 * keys) next to the surrogate ids.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';
import type { ConventionRecord } from '../conventions/read';
import { DENUNCIATION_COLUMNS, type DenunciationRecord } from '../conventions/denunciations';
import { EMPLOYEE_COLUMNS, type EmployeeRecord } from '../employees';
import type { NewEmployer } from '../employers';
import type { EventColumns, VersionColumns } from '../row-shapes';
import type { ConventionDocument } from '../../../../shared/rules/index';
import { documentWeeklyMinutes, hoursChangeMinutes, LATEST_DOCUMENT_OF_HOURS_CHANGE } from '../versions/hours';
import { versionDocument } from '../versions/documents';

export interface PackageEmployerRow extends Omit<NewEmployer, 'at'> {
  id: number;
}

const EMPLOYER_COLUMNS = 'id, siret, name, status, collector, collector_other AS collectorOther, address, postal_code AS postalCode, city, department, iban';

export function employerBySiret(db: Database, siret: string): PackageEmployerRow | undefined {
  return prepared<[string], PackageEmployerRow>(db, `SELECT ${EMPLOYER_COLUMNS} FROM employers WHERE siret = ?`).get(siret);
}

/** The workspace's own employer in an employer workspace: the first one recorded. */
export function firstEmployer(db: Database): PackageEmployerRow | undefined {
  return prepared<[], PackageEmployerRow>(db, `SELECT ${EMPLOYER_COLUMNS} FROM employers ORDER BY id LIMIT 1`).get();
}

export function employeeById(db: Database, id: number): EmployeeRecord | undefined {
  return prepared<[number], EmployeeRecord>(db, `SELECT ${EMPLOYEE_COLUMNS} FROM employees WHERE id = ?`).get(id);
}

/** Employees with exactly these names and birth date (those without a NIR first). */
export function employeesNamed(db: Database, lastName: string, firstNames: string, birthDate: string): EmployeeRecord[] {
  return prepared<[string, string, string], EmployeeRecord>(
    db,
    `SELECT ${EMPLOYEE_COLUMNS} FROM employees WHERE last_name = ? AND first_names = ? AND birth_date = ? ORDER BY nir IS NOT NULL, id`,
  ).all(lastName, firstNames, birthDate);
}

/** A convention row (conventions/read.ts) with its employer's SIRET, the key a package uses. */
export interface PackageConventionRow extends Omit<ConventionRecord, 'createdAt' | 'updatedAt'> {
  employerSiret: string;
}

const CONVENTION_COLUMNS = `c.id, c.number, c.measure, c.department, c.prescriber_code AS prescriberCode, c.order_number AS orderNumber,
  c.employer_id AS employerId, er.siret AS employerSiret, c.employee_id AS employeeId, c.status, c.starts_on AS startsOn, c.ends_on AS endsOn`;

/** The employer's conventions past signature (its current employer: a substitution moves a convention), by number. */
export function signedConventionsOf(db: Database, employerId: number): PackageConventionRow[] {
  return prepared<[number], PackageConventionRow>(
    db,
    `SELECT ${CONVENTION_COLUMNS} FROM conventions c JOIN employers er ON er.id = c.employer_id
     WHERE c.employer_id = ? AND c.status NOT IN ('brouillon', 'a_signer') ORDER BY c.number`,
  ).all(employerId);
}

/** The employer's conventions still drafts (brouillon, à signer): not sent in a package. */
export function countDraftsOf(db: Database, employerId: number): number {
  return prepared<[number], { n: number }>(db, "SELECT count(*) AS n FROM conventions WHERE employer_id = ? AND status IN ('brouillon', 'a_signer')").get(
    employerId,
  )!.n;
}

export function conventionByNumber(db: Database, number: string): PackageConventionRow | undefined {
  return prepared<[string], PackageConventionRow>(
    db,
    `SELECT ${CONVENTION_COLUMNS} FROM conventions c JOIN employers er ON er.id = c.employer_id WHERE c.number = ?`,
  ).get(number);
}

/** The number of the convention holding this prescriber code and order number, if any. */
export function numberByOrder(db: Database, prescriberCode: string, orderNumber: number): string | undefined {
  return prepared<[string, number], { number: string }>(db, 'SELECT number FROM conventions WHERE prescriber_code = ? AND order_number = ?').get(
    prescriberCode,
    orderNumber,
  )?.number;
}

export interface PackageVersionRow extends VersionColumns {
  id: number;
  avenantIndex: number;
  employerSiret: string;
  /** From the document (migration 0006). */
  weeklyMinutes: number;
  /** From the document's contract (migration 0030). */
  hiredOn: string | null;
  romeCode: string | null;
  jobTitle: string | null;
  /** The stored document, without the NIR (versions/documents.ts). */
  document: Buffer;
}

export function versionsOf(db: Database, conventionId: number): PackageVersionRow[] {
  const rows = prepared<[number], Omit<PackageVersionRow, 'weeklyMinutes' | 'hiredOn' | 'romeCode' | 'jobTitle'>>(
    db,
    `SELECT v.id, v.avenant_index AS avenantIndex, v.kind, er.siret AS employerSiret, v.filed_on AS filedOn, v.signed_on AS signedOn,
            v.starts_on AS startsOn, v.ends_on AS endsOn, v.contract_type AS contractType, v.monthly_gross_cents AS monthlyGrossCents,
            v.aid_rate_bp AS aidRateBp, v.total_aid_cents AS totalAidCents, v.document
     FROM convention_versions v JOIN employers er ON er.id = v.employer_id
     WHERE v.convention_id = ? ORDER BY v.avenant_index`,
  ).all(conventionId);
  return rows.map((row) => {
    const document = versionDocument(db, row.document, null) as ConventionDocument;
    const contract = document.contract ?? {};
    return {
      ...row,
      hiredOn: contract.hiredOn ?? null,
      romeCode: contract.romeCode ?? null,
      jobTitle: contract.jobTitle ?? null,
      weeklyMinutes: documentWeeklyMinutes(document, row.startsOn),
    };
  });
}

export interface PackageEventRow extends EventColumns {
  /** An hours change's, from the document (migration 0006); null for other kinds. */
  weeklyMinutes: number | null;
  id: number;
  newEmployerSiret: string | null;
}

export function eventsOf(db: Database, conventionId: number): PackageEventRow[] {
  const rows = prepared<[number], Omit<PackageEventRow, 'weeklyMinutes'> & { latestDocument: Buffer | null }>(
    db,
    `SELECT e.id, e.kind, e.occurred_on AS occurredOn, e.ends_on AS endsOn, e.reason, e.initiative, e.paid,
            ${LATEST_DOCUMENT_OF_HOURS_CHANGE} AS latestDocument, ne.siret AS newEmployerSiret, e.reported_on AS reportedOn
     FROM contract_events e LEFT JOIN employers ne ON ne.id = e.new_employer_id
     WHERE e.convention_id = ? ORDER BY e.occurred_on, e.id`,
  ).all(conventionId);
  return rows.map(({ latestDocument, ...row }) => ({ ...row, weeklyMinutes: hoursChangeMinutes(db, latestDocument, row.occurredOn) }));
}

/** The latest procedure with a decision (one under way is not sent). */
export function decidedDenunciationOf(db: Database, conventionId: number): DenunciationRecord | undefined {
  return prepared<[number], DenunciationRecord>(
    db,
    `SELECT ${DENUNCIATION_COLUMNS} FROM denunciations WHERE convention_id = ? AND decision IS NOT NULL
     ORDER BY intent_notified_on DESC, id DESC LIMIT 1`,
  ).get(conventionId);
}

export function denunciationNotifiedOn(db: Database, conventionId: number, intentNotifiedOn: string): DenunciationRecord | undefined {
  return prepared<[number, string], DenunciationRecord>(
    db,
    `SELECT ${DENUNCIATION_COLUMNS} FROM denunciations WHERE convention_id = ? AND intent_notified_on = ? ORDER BY id LIMIT 1`,
  ).get(conventionId, intentNotifiedOn);
}

/** Packages are numbered per agency, one sequence for all its employers. */
export function nextPackageSequence(db: Database, emitter: string): number {
  return prepared<[string], { n: number }>(
    db,
    "SELECT coalesce(max(sequence), 0) + 1 AS n FROM exchange_lots WHERE direction = 'OUT' AND kind = 'convention-package' AND emitter = ?",
  ).get(emitter)!.n;
}
