import { msg, type Msg } from './messages.js';
import type { NextAction } from './setup.js';

/**
 * Errors that cross a boundary (IPC, bridge, CLI) are values, never thrown exceptions.
 * Every error carries a code the UI can switch on, a localized message for people, an English
 * message for logs and the next action: a step to run, a link, retry, reboot, or what to tell
 * support.
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
  'write-failed', // a file the app keeps could not be saved (full disk, no permission)
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure with a code, a message for people and one for logs, the next action and optional raw detail. */
export interface AppError {
  code: ErrorCode;
  /** English, for logs and support; people see `msg`. */
  message: string;
  /** What went wrong, in the user's language (a key of electron/contract/locales/common.ts). */
  msg: Msg;
  /** What to do about it. */
  next: NextAction;
  detail?: string;
}

/** The envelope every invoke returns. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * What each code means to a person and what they do next, unless the site that fails says
 * something more precise. A bug or a refused caller is something to report; a busy engine or a
 * vanished run is something to retry.
 */
const NEXT_BY_CODE: Record<ErrorCode, 'retry' | 'support'> = {
  'invalid-argument': 'support',
  'forbidden-sender': 'support',
  'unknown-channel': 'support',
  'not-found': 'retry',
  busy: 'retry',
  'launch-failed': 'support',
  'not-supported': 'support',
  internal: 'support',
  'write-failed': 'retry',
};

/** The default next action for a code. */
export function nextActionFor(code: ErrorCode): NextAction {
  const kind = NEXT_BY_CODE[code];
  return { kind, label: msg(kind === 'retry' ? 'next.retry' : 'next.support') };
}

/** Options of an error: a more precise localized message or next action, raw detail. */
export interface AppErrorOptions {
  msg?: Msg;
  next?: NextAction;
  detail?: string;
}

/** Builds an error with the code's localized message and next action unless `options` give others. */
export function appError(code: ErrorCode, message: string, options: AppErrorOptions = {}): AppError {
  return {
    code,
    message,
    msg: options.msg ?? msg(`error.${code}`),
    next: options.next ?? nextActionFor(code),
    ...(options.detail !== undefined ? { detail: options.detail } : {}),
  };
}

/** Wraps an error as a failed result (see appError). */
export function fail<T = never>(code: ErrorCode, message: string, options: AppErrorOptions = {}): Result<T> {
  return { ok: false, error: appError(code, message, options) };
}
