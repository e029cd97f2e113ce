/**
 * The conventions list's form (as typed) and the filters it sends to the
 * server and keeps in a saved view: only valid values go (a department
 * being typed is left out until it is a department, an end date before the
 * start date is left out), with the French message the field shows.
 */
import type { ConventionListFilters, ConventionSortKey } from '../../../../shared/api/contract';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Measure } from '../../../../shared/rules/vocabulary';
import type { SortState } from '../../components/list/VirtualTable';

const DEPARTMENT = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;
export const DEFAULT_SORT: SortState<ConventionSortKey> = { by: 'startsOn', dir: 'desc' };

export interface ConventionListForm {
  search: string;
  measure?: Measure | undefined;
  status?: ConventionStatus | undefined;
  employerId?: number | undefined;
  /** As typed: applied once it is a department code. */
  department: string;
  endsFrom?: string | undefined;
  endsTo?: string | undefined;
  sort: SortState<ConventionSortKey>;
}

/** The form but the search: what the filters above the list set (a keystroke in the search leaves it as it is). */
export type ConventionCriteria = Omit<ConventionListForm, 'search'>;

export const EMPTY_CRITERIA: ConventionCriteria = { department: '', sort: DEFAULT_SORT };
export const EMPTY_FORM: ConventionListForm = { search: '', ...EMPTY_CRITERIA };

/** The form a saved view opens. */
export function formFromFilters(filters: ConventionListFilters): ConventionListForm {
  return {
    search: filters.search ?? '',
    measure: filters.measure,
    status: filters.status,
    employerId: filters.employerId,
    department: filters.department ?? '',
    endsFrom: filters.endsFrom,
    endsTo: filters.endsTo,
    sort: filters.sort ?? DEFAULT_SORT,
  };
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

const typedDepartment = (form: ConventionCriteria) => form.department.trim().toUpperCase();
const datesInOrder = (form: ConventionCriteria) => !form.endsFrom || !form.endsTo || form.endsFrom <= form.endsTo;

/** The filters sent, from the form and the search as sent (the deferred text, see useConventionListState). */
export function filtersFromForm(form: ConventionCriteria, search: string): ConventionListFilters {
  const department = typedDepartment(form);
  return defined({
    search: search.trim() || undefined,
    measure: form.measure,
    status: form.status,
    employerId: form.employerId,
    department: DEPARTMENT.test(department) ? department : undefined,
    endsFrom: form.endsFrom,
    endsTo: datesInOrder(form) ? form.endsTo : undefined,
    sort: form.sort,
  });
}

/** Whether the filters select less than the whole list (the sort alone does not). */
export const isNarrowed = (filters: ConventionListFilters) => Object.keys(filters).some((k) => k !== 'sort');

/** The department field's message: none while the first character is typed. */
export function departmentError(form: ConventionCriteria): string | undefined {
  const department = typedDepartment(form);
  return department && !DEPARTMENT.test(department) && department.length >= 2 ? 'département : 01 à 95, 2A, 2B ou 971 à 976' : undefined;
}

export function datesError(form: ConventionCriteria): string | undefined {
  return datesInOrder(form) ? undefined : 'la date « au » doit suivre la date « du »';
}
