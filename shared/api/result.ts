/** The reply of every API call, over IPC and over HTTP alike. Messages are French. */
type ApiError = {
  code: ErrorCode;
  message: string;
  /** For INVALID_INPUT: the French message of each invalid field, by its path (`agencyCode`, `items.0.date`). */
  fields?: Record<string, string>;
};
export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'WORKSPACE_NOT_READY'
  | 'SIGN_IN_REQUIRED'
  | 'DB_TOO_NEW'
  | 'DB_UPGRADE_STOPPED'
  | 'DB_CORRUPT'
  | 'WORKSPACE_LOCKED'
  | 'WRONG_PASSPHRASE'
  | 'INTERNAL';

/** An error meant for the user: thrown by services, turned into `{ ok: false }` by the dispatcher. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
