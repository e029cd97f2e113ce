/**
 * What the agent has set on the conventions list: the search as typed
 * (debounced before it is sent), the filters, the sort. `filters` is what
 * goes to the server and into a saved view (see conventionListFilters.ts).
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { EMPTY_FORM, filtersFromForm, isNarrowed, type ConventionListForm } from './conventionListFilters';

/** Short: a reply to an older search is dropped (useWindowedList), so only a burst of keystrokes is merged. */
const SEARCH_DELAY_MS = 40;

export function useConventionListState() {
  const [form, setForm] = useState<ConventionListForm>(EMPTY_FORM);
  const [debouncedSearch] = useDebouncedValue(form.search, SEARCH_DELAY_MS);
  const filters = filtersFromForm(form, debouncedSearch);
  const update = (patch: Partial<ConventionListForm>) => setForm((f) => ({ ...f, ...patch }));
  return { form, filters, update, setForm, narrowed: isNarrowed(filters) };
}
