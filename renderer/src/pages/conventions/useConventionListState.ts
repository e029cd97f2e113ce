/**
 * What the agent has set on the conventions list: the search as typed, the
 * filters, the sort. `filters` is what goes to the server and into a saved
 * view (see conventionListFilters.ts).
 *
 * The search is kept apart from the other criteria: a keystroke changes only
 * the text, so the filters, the header and the table (memoised) are not drawn
 * again for it. The text sent is the deferred one (useDeferredValue): the
 * field shows the keystroke at once and the query follows in the next render
 * React can do, with no fixed delay; keystrokes typed while that render is
 * under way are merged into it, and a reply to an older search is dropped
 * (useWindowedList).
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { EMPTY_CRITERIA, filtersFromForm, isNarrowed, type ConventionCriteria, type ConventionListForm } from './conventionListFilters';

export function useConventionListState() {
  const [search, setSearch] = useState('');
  const [criteria, setCriteria] = useState<ConventionCriteria>(EMPTY_CRITERIA);
  const sentSearch = useDeferredValue(search);
  const filters = useMemo(() => filtersFromForm(criteria, sentSearch), [criteria, sentSearch]);
  const update = useCallback((patch: Partial<ConventionListForm>) => {
    const { search: typed, ...rest } = patch;
    if (typed !== undefined) setSearch(typed);
    if (Object.keys(rest).length > 0) setCriteria((c) => ({ ...c, ...rest }));
  }, []);
  const setForm = useCallback((form: ConventionListForm) => {
    const { search: typed, ...rest } = form;
    setSearch(typed);
    setCriteria(rest);
  }, []);
  return { search, criteria, filters, update, setForm, narrowed: isNarrowed(filters) };
}
