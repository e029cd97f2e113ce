/**
 * Fills a workspace database with many plain conventions, fast (one
 * transaction, prepared statements): for the list's tests and benchmark on
 * hundreds of thousands of rows. Names and numbers are predictable from the
 * row index; it is not the realistic demo (see app/demo).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { inTransaction } from '../../connection';

const LAST_NAMES = ['MARTIN', 'BERNARD', 'THOMAS', 'PETIT', 'ROBERT', 'RICHARD', 'DURAND', 'DUBOIS', 'MOREAU', 'LAURENT', 'PAYET', 'HOARAU'];
const FIRST_NAMES = ['Marie', 'Jean', 'Hélène', 'Louis', 'Nadia', 'Karim', 'Sophie', 'Éric'];
const STATUSES = ['brouillon', 'a_signer', 'signee', 'en_cours', 'en_cours', 'terminee', 'resiliee'] as const;
const DEPARTMENTS = ['69', '13', '75', '974'] as const;

export interface BulkOptions {
  conventions: number;
  employers?: number;
}

/** The NIR of employee i: 13 distinct digits (a woman born in March 1975) and their key, 97 minus the number modulo 97. */
export function bulkNir(i: number): string {
  const nir13 = String(2_750_300_000_000 + i);
  return `${nir13}${String(97 - Number(BigInt(nir13) % 97n)).padStart(2, '0')}`;
}

/** Conventions 1…n: employees of a dozen common names (one in 997 « ZÉPHYR »), employer `Employeur k`, every fourth one CAE-DOM in 974. */
export function bulkInsertConventions(db: Database, options: BulkOptions): void {
  const employerCount = options.employers ?? Math.max(1, Math.floor(options.conventions / 200));
  const at = Date.parse('2009-06-15T08:00:00.000Z'); // created_ms, updated_ms (migration 0023)
  inTransaction(db, () => {
    const employer = db.prepare(
      `INSERT INTO employers (id, siret, name, status, collector, created_ms, updated_ms)
       VALUES (?, ?, ?, 'ASSOCIATION', 'URSSAF', ${at}, ${at})`,
    );
    for (let k = 1; k <= employerCount; k++) employer.run(k, String(30000000000000 + k), `Employeur ${k}`);
    const employee = db.prepare(
      `INSERT INTO employees (id, nir, civility, last_name, first_names, birth_date, created_ms, updated_ms)
       VALUES (?, ?, 'MME', ?, ?, '1975-03-14', ${at}, ${at})`,
    );
    const convention = db.prepare(
      `INSERT INTO conventions (id, number, measure, department, prescriber_code, order_number, employer_id, employee_id,
                                status, starts_on, ends_on, created_ms, updated_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${at}, ${at})`,
    );
    for (let i = 1; i <= options.conventions; i++) {
      // One employee in 997 has a rarer name, to search for.
      const lastName = i % 997 === 0 ? 'ZÉPHYR' : LAST_NAMES[i % LAST_NAMES.length]!;
      employee.run(i, bulkNir(i), lastName, FIRST_NAMES[i % FIRST_NAMES.length]!);
      const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
      const start = new Date(Date.UTC(2005, 0, 1) + (i % 1500) * 86_400_000);
      const end = new Date(start.getTime() + (180 + (i % 365)) * 86_400_000);
      convention.run(
        i,
        `${department.padStart(3, '0')}-0609-${department === '974' ? '97401' : '69012'}-${String(i).padStart(6, '0')}`,
        department === '974' ? 'CAE_DOM' : i % 3 === 0 ? 'CAV' : 'CAE',
        department,
        department === '974' ? '97401' : '69012',
        i,
        1 + (i % employerCount),
        i,
        STATUSES[i % STATUSES.length]!,
        start.toISOString().slice(0, 10),
        i % 50 === 0 ? null : end.toISOString().slice(0, 10),
      );
    }
  });
}
