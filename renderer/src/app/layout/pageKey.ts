/**
 * Which page the address shows, for the content's error boundary: the route
 * matched under the layout, and the part of the address it matched. A route
 * whose several addresses are one page (the instruction page: a new
 * convention, then the draft's address after its first save) has one key for
 * all of them; another record of a page with its own address (a convention, a
 * lot) is another page.
 */
interface PageMatch {
  /** The route's id (the router gives each route one). */
  id: string;
  /** The part of the address this route matched (for a route without a path: its parent's). */
  pathname: string;
}

/** `matches`: every route matched, outermost first (useMatches); `depth`: where the pages sit (under the layout). */
export function pageKey(matches: readonly PageMatch[], depth = 1): string {
  const page = matches[depth] ?? matches.at(-1);
  return page ? `${page.id}|${page.pathname}` : '';
}
