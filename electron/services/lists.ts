/**
 * The lists of the screens and of their CSV exports: conventions, employers,
 * employees and aid rates, as the API shows them (the NIR masked, the rates
 * in percent).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ConventionListFilters } from '../../shared/api/contract';
import { maskNir } from '../../shared/format/nir';
import { listAidRates } from '../db/repositories/aid-rates';
import { listConventions } from '../db/repositories/conventions/list';
import { listEmployees } from '../db/repositories/employees';
import { listEmployers } from '../db/repositories/employers';

type Page = { limit: number; offset: number };

export function conventionList(db: Database, filter: ConventionListFilters & Page): ChannelOutput<'conventions.list'> {
  const { total, items } = listConventions(db, filter);
  return { total, items: items.map(({ nir, ...c }) => ({ ...c, nirMasked: maskNir(nir) })) };
}

export function employerList(db: Database, filter: { search?: string | undefined } & Page): ChannelOutput<'employers.list'> {
  return listEmployers(db, filter);
}

export function employeeList(db: Database, filter: { search?: string | undefined } & Page): ChannelOutput<'employees.list'> {
  const { total, items } = listEmployees(db, filter);
  return {
    total,
    items: items.map((e) => ({
      id: e.id,
      fullName: `${e.lastName} ${e.firstNames}`,
      nirMasked: maskNir(e.nir),
      birthDate: e.birthDate,
      conventions: e.conventions,
    })),
  };
}

export function aidRateList(db: Database): ChannelOutput<'settings.aidRates'> {
  return listAidRates(db).map((r) => ({
    id: r.id,
    measure: r.measure,
    department: r.department,
    employerCategory: r.employerCategory,
    ratePercent: (r.rateBp / 100).toFixed(2),
    validFrom: r.validFrom,
    validTo: r.validTo,
    reference: r.reference,
  }));
}
