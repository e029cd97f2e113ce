/**
 * The writes of a correction in place of a rejected convention or avenant
 * (electron/services/exchanges/correction.ts) beyond the version row: the
 * employee's NIR, stored once (the weekly hours live in the version's
 * document alone, migration 0006). Callers run them inside their transaction.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from '../../statements';

export interface EmployeeIdentity {
  id: number;
  lastName: string;
  firstNames: string;
}

/** The employee holding this NIR, if any. */
export function employeeByNir(db: Database, nir: string): EmployeeIdentity | undefined {
  return prepared<[string], EmployeeIdentity>(db, 'SELECT id, last_name AS lastName, first_names AS firstNames FROM employees WHERE nir = ?').get(nir);
}

export function setEmployeeNir(db: Database, employeeId: number, nir: string, at: string): void {
  prepared(db, 'UPDATE employees SET nir = ?, updated_at = ? WHERE id = ?').run(nir, at, employeeId);
}
