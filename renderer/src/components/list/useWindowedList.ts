/**
 * Rows of a long list fetched by windows (pages of PAGE_ROWS) as they come
 * into view, cached per query. A new query (search, filter, sort) keeps the
 * previous rows on screen, dimmed, until its first page arrives; replies to
 * an older query are dropped.
 *
 * A first page is asked for as early as it is known, not once the query is
 * on screen: the list's first page while the list is first drawn (the page
 * around it takes a while to draw, the server answers meanwhile), a typed
 * search's from the keystroke itself (`prefetch`). The reply is taken in by
 * the render that shows that query. Each page of a query is asked for once,
 * whoever asks first (the table's visible range or the new query).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { withPage, type Snapshot } from './windowPages';

const PAGE_ROWS = 100;

export type LoadWindow<Q, T> = (query: Q, offset: number, limit: number) => Promise<{ total: number; items: T[] }>;

export interface WindowedList<T, Q = unknown> {
  /** Total of the query shown (the previous one while `loading`); undefined before the first reply. */
  total: number | undefined;
  rowAt: (index: number) => T | undefined;
  /** Asks for the rows first…last (the visible range). */
  showRange: (first: number, last: number) => void;
  loading: boolean;
  error: string | undefined;
  retry: () => void;
  /** Asks for the first page of a query about to be shown (from an event handler, before the render that shows it). */
  prefetch: (query: Q) => void;
}

type Reply<T> = ReturnType<LoadWindow<unknown, T>>;

export function useWindowedList<Q, T>(query: Q, load: LoadWindow<Q, T>): WindowedList<T, Q> {
  const key = JSON.stringify(query);
  const [attempt, setAttempt] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot<T>>();
  const [failure, setFailure] = useState<{ key: string; message: string }>();
  const requested = useRef(new Set<string>());
  /** The query on screen, for the replies: an older query's late reply is dropped. */
  const latest = useRef(key);
  /** First pages asked for before their query is on screen, by id, oldest first; taken by fetchPage. The list's own from its first render. */
  const early = useRef<Map<string, Reply<T>> | null>(null);
  if (early.current === null) early.current = new Map([[`${attempt}|${key}|0`, quiet(load(query, 0, PAGE_ROWS))]]);
  const ask = useCallback(
    (id: string, next: Q) => {
      const replies = early.current;
      if (!replies || replies.has(id) || requested.current.has(id)) return;
      replies.set(id, quiet(load(next, 0, PAGE_ROWS)));
    },
    [load],
  );
  const prefetch = useCallback((next: Q) => ask(`${attempt}|${JSON.stringify(next)}|0`, next), [ask, attempt]);

  const fetchPage = useCallback(
    (page: number) => {
      const id = `${attempt}|${key}|${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      const reply = (early.current && takeEarly(early.current, id)) ?? load(JSON.parse(key) as Q, page * PAGE_ROWS, PAGE_ROWS);
      reply.then(
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
    // The pages of older queries are forgotten; not those of this one the table may have asked for already (its effects run first).
    const prefix = `${attempt}|${key}|`;
    for (const id of requested.current) if (!id.startsWith(prefix)) requested.current.delete(id);
    fetchPage(0);
  }, [fetchPage, key, attempt]);

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
  }, [setFailure, setAttempt]);
  const error = failure?.key === key ? failure.message : undefined;
  // The same object while nothing changes: a list drawn from it (memoised) is not drawn again for a keystroke elsewhere.
  return useMemo(
    () => ({ total: snapshot?.total, rowAt, showRange, loading: !current, error, retry, prefetch }),
    [snapshot?.total, rowAt, showRange, current, error, retry, prefetch],
  );
}

/** Handled where it is taken: not an unhandled rejection if it never is. */
function quiet<R>(reply: Promise<R>): Promise<R> {
  reply.catch(() => {});
  return reply;
}

/** The reply asked for early under that id, if any; the ones asked for before it (older keystrokes) are forgotten. */
function takeEarly<R>(early: Map<string, R>, id: string): R | undefined {
  const reply = early.get(id);
  if (reply === undefined) return undefined;
  for (const older of early.keys()) {
    early.delete(older);
    if (older === id) break;
  }
  return reply;
}
