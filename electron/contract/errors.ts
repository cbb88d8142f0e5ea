/**
 * Errors that cross a boundary (IPC, bridge, CLI) are values, never thrown exceptions.
 * Every error carries a code the UI can switch on, a message for people and, where one
 * exists, the next action.
 */

/** The closed set of error codes an invoke can answer with. */
export const ERROR_CODES = [
  'invalid-argument', // the arguments failed the channel's schema
  'forbidden-sender', // the call did not come from our window
  'unknown-channel', // no such channel in the map
  'not-found', // an id (step, run, check) that does not exist
  'busy', // another run is already active
  'launch-failed', // the process could not be started (missing file, bad cwd)
  'not-supported', // the action does not apply on this host (e.g. a Windows step on Linux)
  'internal', // a bug: the message says what happened
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure with a code, a human message, optional raw detail and optional fix. */
export interface AppError {
  code: ErrorCode;
  message: string;
  detail?: string;
  fix?: string;
}

/** The envelope every invoke returns. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function fail<T = never>(code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}): Result<T> {
  return { ok: false, error: { code, message, ...extra } };
}
