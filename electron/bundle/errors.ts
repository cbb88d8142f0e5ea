/**
 * Bundle failures are values: a code to switch on, a message that says what is wrong, and
 * the way out. They are English, like the CLI's other operational errors.
 */

/** Why a bundle could not be written or read. */
export type BundleErrorCode =
  | 'no-space'
  | 'exists'
  | 'write-failed'
  | 'not-found'
  | 'not-a-bundle'
  | 'missing-manifest'
  | 'bad-json'
  | 'bad-manifest'
  | 'wrong-format'
  | 'unsupported-version'
  | 'unsafe-path'
  | 'missing-file'
  | 'too-large'
  | 'bad-zip';

/** A bundle failure with its next action. */
export interface BundleError {
  code: BundleErrorCode;
  message: string;
  fix: string;
  /** The underlying error text, for logs. */
  detail?: string;
}

/** Success or a `BundleError`; bundle functions never throw for expected failures. */
export type BundleResult<T> = { ok: true; value: T } | { ok: false; error: BundleError };

/** Builds a failed result. */
export function bundleFail<T = never>(code: BundleErrorCode, message: string, fix: string, detail?: string): BundleResult<T> {
  return { ok: false, error: { code, message, fix, ...(detail !== undefined ? { detail } : {}) } };
}

/** The error's `code` property (e.g. `ENOSPC`), if it has one. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** One line describing an unknown thrown value. */
export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Raised inside a bundle operation to stop it; converted to a `BundleResult` at the edge. */
export class BundleFailure extends Error {
  /** The failure value carried out of the operation. */
  readonly error: BundleError;
  constructor(error: BundleError) {
    super(error.message);
    this.error = error;
  }
}
