/**
 * An employer or an employee of the registry in full, for the instruction
 * form to fill its fields (the lists only carry a summary, and a masked NIR).
 * Reading a beneficiary's NIR is logged in the audit log.
 */
import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { appendAudit } from '../db/repositories/audit';
import { prepared } from '../db/statements';
import { actorOf, type ServiceContext } from './conventions/state';

export function getEmployer(db: Database, id: number): ChannelOutput<'employers.get'> {
  const row = prepared<[number], ChannelOutput<'employers.get'>>(
    db,
    'SELECT id, siret, name, address, status, collector, iban FROM employers WHERE id = ?',
  ).get(id);
  if (!row) throw new AppError('NOT_FOUND', `Aucun employeur n° ${id} dans le registre.`);
  return row;
}

type EmployeeRow = Omit<ChannelOutput<'employees.get'>, 'conventions'>;
type ConventionRow = ChannelOutput<'employees.get'>['conventions'][number];

export function getEmployee(sc: ServiceContext, id: number): ChannelOutput<'employees.get'> {
  const row = prepared<[number], EmployeeRow>(
    sc.db,
    `SELECT id, civility, last_name AS lastName, birth_name AS birthName, first_names AS firstNames, birth_date AS birthDate,
            birth_place AS birthPlace, birth_department AS birthDepartment, nationality, nir, education_level AS educationLevel
     FROM employees WHERE id = ?`,
  ).get(id);
  if (!row) throw new AppError('NOT_FOUND', `Aucun salarié n° ${id} dans le registre.`);
  const conventions = prepared<[number], ConventionRow>(
    sc.db,
    `SELECT id, number, measure, status, starts_on AS startsOn, ends_on AS endsOn
     FROM conventions WHERE employee_id = ? ORDER BY starts_on DESC, id DESC`,
  ).all(id);
  if (row.nir !== null) {
    appendAudit(sc.db, { at: sc.now(), actor: actorOf(sc), action: 'employees.readNir', entity: 'employee', entityId: id, details: { purpose: 'instruction' } });
  }
  return { ...row, conventions };
}
