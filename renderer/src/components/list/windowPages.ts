/**
 * The rows a windowed list holds: the pages received for one query. A page
 * of the query on screen joins the others; the first page of a new query
 * starts afresh; a late page of a query that is no longer the latest one is
 * dropped, so it never replaces the newer query's rows.
 */

export interface Snapshot<T> {
  /** The query the pages belong to (its JSON). */
  key: string;
  total: number;
  pages: ReadonlyMap<number, T[]>;
}

export interface PageReply<T> {
  key: string;
  page: number;
  total: number;
  items: T[];
}

export function withPage<T>(snapshot: Snapshot<T> | undefined, latestKey: string, reply: PageReply<T>): Snapshot<T> | undefined {
  if (reply.key !== latestKey) return snapshot;
  const pages = new Map(snapshot?.key === reply.key ? snapshot.pages : []);
  pages.set(reply.page, reply.items);
  return { key: reply.key, total: reply.total, pages };
}
