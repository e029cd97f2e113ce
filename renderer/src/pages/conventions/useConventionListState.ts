/**
 * What the agent has set on the conventions list: the search as typed
 * (debounced before it is sent), the filters, the sort. `filters` is what
 * goes to the server and into a saved view: only valid values (a
 * department being typed is left out until it is a department).
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { ConventionListFilters, ConventionSortKey } from '../../../../shared/api/contract';
import type { ConventionStatus, Measure } from '../../../../shared/domain/enums';
import type { SortState } from '../../components/list/VirtualTable';

const SEARCH_DELAY_MS = 300;
export const DEPARTMENT = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;
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

const EMPTY: ConventionListForm = { search: '', department: '', sort: DEFAULT_SORT };

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

export function filtersFromForm(form: ConventionListForm, search: string): ConventionListFilters {
  const department = form.department.trim().toUpperCase();
  const datesInOrder = !form.endsFrom || !form.endsTo || form.endsFrom <= form.endsTo;
  return defined({
    search: search.trim() || undefined,
    measure: form.measure,
    status: form.status,
    employerId: form.employerId,
    department: DEPARTMENT.test(department) ? department : undefined,
    endsFrom: form.endsFrom,
    endsTo: datesInOrder ? form.endsTo : undefined,
    sort: form.sort,
  });
}

export function useConventionListState() {
  const [form, setForm] = useState<ConventionListForm>(EMPTY);
  const [debouncedSearch] = useDebouncedValue(form.search, SEARCH_DELAY_MS);
  const filters = filtersFromForm(form, debouncedSearch);
  const update = (patch: Partial<ConventionListForm>) => setForm((f) => ({ ...f, ...patch }));
  const narrowed = Object.keys(filters).some((k) => k !== 'sort');
  return { form, filters, update, setForm, narrowed };
}
