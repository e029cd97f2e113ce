/**
 * An employer or an employee of the registry in full, for the instruction
 * form to fill its fields (the lists only carry a summary, and a masked NIR).
 * Reading a beneficiary's NIR is logged in the audit log.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { appendAudit } from '../db/repositories/audit';
import { conventionsOfEmployee, findEmployee } from '../db/repositories/employees';
import { findEmployer } from '../db/repositories/employers';
import { actorOf, type ServiceContext } from './conventions/state';

export function getEmployer(db: Database, id: number): ChannelOutput<'employers.get'> {
  const row = findEmployer(db, id);
  if (!row) throw new AppError('NOT_FOUND', `Aucun employeur n° ${id} dans le registre.`);
  return row;
}

export function getEmployee(sc: ServiceContext, id: number): ChannelOutput<'employees.get'> {
  const row = findEmployee(sc.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Aucun salarié n° ${id} dans le registre.`);
  const conventions = conventionsOfEmployee(sc.db, id);
  if (row.nir !== null) {
    appendAudit(sc.db, {
      at: sc.now(),
      actor: actorOf(sc),
      action: 'employees.readNir',
      entity: 'employee',
      entityId: id,
      details: { purpose: 'instruction' },
    });
  }
  return { ...row, conventions };
}
