/**
 * State of a searchable, paginated list: the text typed (shown at once), the
 * debounced text sent to the server, and the page, which goes back to 1
 * whenever the search or a filter changes.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

export interface PagedSearch {
  search: string;
  setSearch: (value: string) => void;
  /** Trimmed, debounced text, or undefined when empty. */
  query: string | undefined;
  page: number;
  setPage: (page: number) => void;
  limit: number;
  offset: number;
}

/** `filterKey` identifies the other filters of the list (the page resets when it changes). */
export function usePagedSearch(filterKey = ''): PagedSearch {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const query = debounced === '' ? undefined : debounced;
  const listKey = `${filterKey}|${query ?? ''}`;
  const [pageState, setPageState] = useState({ listKey, page: 1 });
  const page = pageState.listKey === listKey ? pageState.page : 1;
  return {
    search,
    setSearch,
    query,
    page,
    setPage: (next) => setPageState({ listKey, page: next }),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
}
