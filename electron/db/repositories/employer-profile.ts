/**
 * The employer workspace's profile (migration 0007, one row) and its
 * establishments: the rows of `employers`, one SIRET each, which its
 * conventions name. Callers run the writes inside their transaction.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Collector, EmployerStatus } from '../../../shared/rules/vocabulary';
import { prepared } from '../statements';
import { instantMs } from '../instants';

export interface EmployerProfile {
  name: string;
  status: EmployerStatus;
  collector: Collector;
  /** The collector's name when it is AUTRE, else null. */
  collectorName: string | null;
  iban: string | null;
  signatoryName: string;
  signatoryQuality: string;
  updatedAt: string;
}

const PROFILE_COLUMNS = `name, status, collector, collector_name AS collectorName, iban,
  signatory_name AS signatoryName, signatory_quality AS signatoryQuality, updated_at AS updatedAt`;

export function getEmployerProfile(db: Database): EmployerProfile | null {
  return prepared<[], EmployerProfile>(db, `SELECT ${PROFILE_COLUMNS} FROM employer_profile WHERE id = 1`).get() ?? null;
}

export function putEmployerProfile(db: Database, p: EmployerProfile): void {
  prepared(
    db,
    `INSERT INTO employer_profile (id, name, status, collector, collector_name, iban, signatory_name, signatory_quality, updated_at)
     VALUES (1, @name, @status, @collector, @collectorName, @iban, @signatoryName, @signatoryQuality, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, status = excluded.status, collector = excluded.collector,
       collector_name = excluded.collector_name, iban = excluded.iban, signatory_name = excluded.signatory_name,
       signatory_quality = excluded.signatory_quality, updated_at = excluded.updated_at`,
  ).run(p);
}

/**
 * The person who signs the employer's documents, and their quality
 * (« Nom et qualité du signataire »), or null until the profile is filled.
 * For the PDFs an employer workspace produces (proofs of activity, declarations, reports).
 */
export function employerSignatory(db: Database): { name: string; quality: string; organisation: string } | null {
  const p = getEmployerProfile(db);
  return p ? { name: p.signatoryName, quality: p.signatoryQuality, organisation: p.name } : null;
}

export interface Establishment {
  id: number;
  siret: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  /** How many conventions name it. */
  conventions: number;
}

export function listEstablishments(db: Database): Establishment[] {
  return prepared<[], Establishment>(
    db,
    `SELECT e.id, e.siret, e.name, e.address, e.postal_code AS postalCode, e.city,
            (SELECT count(*) FROM conventions c WHERE c.employer_id = e.id) AS conventions
     FROM employers e ORDER BY e.name COLLATE NOCASE, e.siret`,
  ).all();
}

export interface EstablishmentFields {
  siret: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  department: string | null;
}

/** The establishment holding this SIRET, if any. */
export function establishmentIdBySiret(db: Database, siret: string): number | null {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM employers WHERE siret = ?').get(siret)?.id ?? null;
}

/** A new establishment, with the organisation's status, collector and bank account. Returns its id. */
export function insertEstablishment(db: Database, e: EstablishmentFields, p: EmployerProfile, at: string): number {
  return Number(
    prepared(
      db,
      `INSERT INTO employers (siret, name, status, collector, collector_other, address, postal_code, city, department, iban, created_ms, updated_ms)
       VALUES (@siret, @name, @status, @collector, @collectorName, @address, @postalCode, @city, @department, @iban, ${instantMs('@at')}, ${instantMs('@at')})`,
    ).run({ ...e, status: p.status, collector: p.collector, collectorName: p.collectorName, iban: p.iban, at }).lastInsertRowid,
  );
}

export function updateEstablishment(db: Database, id: number, e: EstablishmentFields, at: string): void {
  prepared(
    db,
    `UPDATE employers SET siret = @siret, name = @name, address = @address, postal_code = @postalCode, city = @city,
       department = coalesce(@department, department), updated_ms = ${instantMs('@at')}
     WHERE id = @id`,
  ).run({ ...e, id, at });
}

/**
 * The organisation's status, collector and bank account on each establishment
 * (what a convention's employer block is filled from); a profile without an
 * IBAN keeps the one an establishment holds (from the agency's package).
 */
export function applyProfileToEstablishments(db: Database, p: EmployerProfile, at: string): void {
  prepared(
    db,
    `UPDATE employers SET status = @status, collector = @collector, collector_other = @collectorName, iban = coalesce(@iban, iban), updated_ms = ${instantMs('@at')}`,
  ).run({ status: p.status, collector: p.collector, collectorName: p.collectorName, iban: p.iban, at });
}
