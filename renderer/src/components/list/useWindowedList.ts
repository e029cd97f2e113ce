/**
 * Rows of a long list fetched by windows (pages of PAGE_ROWS) as they come
 * into view, cached per query. A new query (search, filter, sort) keeps the
 * previous rows on screen, dimmed, until its first page arrives; replies to
 * an older query are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { withPage, type Snapshot } from './windowPages';

const PAGE_ROWS = 100;

export type LoadWindow<Q, T> = (query: Q, offset: number, limit: number) => Promise<{ total: number; items: T[] }>;

export interface WindowedList<T> {
  /** Total of the query shown (the previous one while `loading`); undefined before the first reply. */
  total: number | undefined;
  rowAt: (index: number) => T | undefined;
  /** Asks for the rows first…last (the visible range). */
  showRange: (first: number, last: number) => void;
  loading: boolean;
  error: string | undefined;
  retry: () => void;
}

export function useWindowedList<Q, T>(query: Q, load: LoadWindow<Q, T>): WindowedList<T> {
  const key = JSON.stringify(query);
  const [attempt, setAttempt] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot<T>>();
  const [failure, setFailure] = useState<{ key: string; message: string }>();
  const requested = useRef(new Set<string>());
  /** The query on screen, for the replies: an older query's late reply is dropped. */
  const latest = useRef(key);

  const fetchPage = useCallback(
    (page: number) => {
      const id = `${attempt}|${key}|${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      load(JSON.parse(key) as Q, page * PAGE_ROWS, PAGE_ROWS).then(
        ({ total, items }) => {
          const latestKey = latest.current;
          setSnapshot((s) => withPage(s, latestKey, { key, page, total, items }));
        },
        (error: unknown) => {
          requested.current.delete(id);
          if (key === latest.current) setFailure({ key, message: errorMessage(error) });
        },
      );
    },
    [key, load, attempt],
  );

  useEffect(() => {
    latest.current = key;
    requested.current.clear();
    fetchPage(0);
  }, [fetchPage, key]);

  const current = snapshot?.key === key;
  const showRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_ROWS); page <= Math.floor(last / PAGE_ROWS); page++) fetchPage(page);
    },
    [fetchPage],
  );
  const rowAt = useCallback((index: number) => snapshot?.pages.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS], [snapshot]);
  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return {
    total: snapshot?.total,
    rowAt,
    showRange,
    loading: !current,
    error: failure?.key === key ? failure.message : undefined,
    retry,
  };
}
