/**
 * The one clock of the app, the CLI and the services, as the services read
 * it. Its one implementation, `systemClock`, is in electron/app/context.ts
 * (the computer's clock, or SOURCE_DATE_EPOCH): the services get it as a
 * parameter and never import electron/app.
 */
export interface Clock {
  /** Today's date `YYYY-MM-DD`, as the user's calendar says (injectable for tests). */
  today: () => string;
  /** Instant for records (`created_at`), ISO 8601. */
  now: () => string;
  /**
   * True when SOURCE_DATE_EPOCH pins the clock (reproducible runs): its
   * instant is `now`, its day (UTC) is `today`, everywhere — a demo's
   * reference date gives way to it.
   */
  pinned: boolean;
}
