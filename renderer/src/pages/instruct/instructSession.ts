/**
 * Which form the instruction page shows, derived from the address: a new
 * form each time « Nouvelle convention » is opened, one per draft opened by
 * its address, and, after the first save of a new form moves the address to
 * the draft's, still that same form (the new address carries its session in
 * the history entry's state).
 */

/** The draft's id in `#/conventions/brouillon/:id`, null for a new convention. */
export function routeDraftId(param: string | undefined): number | null {
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

const CARRIED = 'instructSession';

/** What the address moved to after the first save carries: the session that created the draft. */
export const carriedSession = (sessionKey: string) => ({ [CARRIED]: sessionKey });

/** The key of the page's form: it changes, and the form starts afresh, only when another form is opened. */
export function instructSessionKey(routeId: number | null, location: { key: string; state: unknown }): string {
  if (routeId === null) return `nouvelle:${location.key}`;
  const state = location.state;
  const carried = state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[CARRIED] : undefined;
  return typeof carried === 'string' ? carried : `brouillon:${routeId}`;
}
