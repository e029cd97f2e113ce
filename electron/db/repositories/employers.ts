import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Collector, EmployerStatus } from '../../../shared/rules/vocabulary';
import { likePattern, prepared } from '../statements';
import { instantMs } from '../instants';

export interface NewEmployer {
  siret: string;
  name: string;
  status: EmployerStatus;
  collector: Collector;
  /** The collector's name when `collector` is AUTRE (form CAE-0515 « AUTRE : … »), else null. */
  collectorOther: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  department: string | null;
  iban: string | null;
  at: string;
}

/** Returns the new employer's id. Callers run it inside their transaction (`inTransaction`). */
export function insertEmployer(db: Database, e: NewEmployer): number {
  return Number(
    prepared(
      db,
      `INSERT INTO employers (siret, name, status, collector, collector_other, address, postal_code, city, department, iban, created_ms, updated_ms)
       VALUES (@siret, @name, @status, @collector, @collectorOther, @address, @postalCode, @city, @department, @iban, ${instantMs('@at')}, ${instantMs('@at')})`,
    ).run(e).lastInsertRowid,
  );
}

/** Reuses the employer with this SIRET (its details updated with what is given), or creates it. */
export function upsertEmployer(db: Database, e: NewEmployer): number {
  const existing = prepared<[string], { id: number }>(db, 'SELECT id FROM employers WHERE siret = ?').get(e.siret);
  if (!existing) return insertEmployer(db, e);
  prepared(
    db,
    `UPDATE employers SET name = @name, status = @status, collector = @collector, collector_other = @collectorOther,
       address = coalesce(@address, address), postal_code = coalesce(@postalCode, postal_code), city = coalesce(@city, city),
       department = coalesce(@department, department), iban = coalesce(@iban, iban), updated_ms = ${instantMs('@at')}
     WHERE id = @id`,
  ).run({ ...e, id: existing.id });
  return existing.id;
}

const WHERE = `WHERE (@search IS NULL OR e.name LIKE @search ESCAPE '\\' OR e.siret LIKE @search ESCAPE '\\' OR e.city LIKE @search ESCAPE '\\')`;

export interface EmployerListRow {
  id: number;
  siret: string;
  name: string;
  status: EmployerStatus;
  city: string | null;
  /** How many conventions name it. */
  conventions: number;
}

/** One window of the employers matching the search (name, SIRET or city), by name, and the total matching. */
export function listEmployers(
  db: Database,
  filter: { search?: string | undefined; limit: number; offset: number },
): { total: number; items: EmployerListRow[] } {
  const params = { search: filter.search ? likePattern(filter.search) : null };
  const { total } = prepared<[typeof params], { total: number }>(db, `SELECT count(*) AS total FROM employers e ${WHERE}`).get(params)!;
  const items = prepared<[typeof params & { limit: number; offset: number }], EmployerListRow>(
    db,
    `SELECT e.id, e.siret, e.name, e.status, e.city,
            (SELECT count(*) FROM conventions c WHERE c.employer_id = e.id) AS conventions
     FROM employers e ${WHERE}
     ORDER BY e.name COLLATE NOCASE, e.id
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset });
  return { total, items };
}

export function countEmployers(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM employers').get()!.n;
}

/** An employer as the instruction form reads it (services/instruct-registry.ts): its stored details but postal code, city and department. */
export interface EmployerRecord extends Pick<NewEmployer, 'siret' | 'name' | 'address' | 'status' | 'collector' | 'collectorOther' | 'iban'> {
  id: number;
}

export function findEmployer(db: Database, id: number): EmployerRecord | undefined {
  return prepared<[number], EmployerRecord>(
    db,
    'SELECT id, siret, name, address, status, collector, collector_other AS collectorOther, iban FROM employers WHERE id = ?',
  ).get(id);
}

/** An employer workspace's own SIRET: its first employer (null until its first convention package is imported). */
export function ownEmployerSiret(db: Database): string | null {
  return prepared<[], { siret: string }>(db, 'SELECT siret FROM employers ORDER BY id LIMIT 1').get()?.siret ?? null;
}
