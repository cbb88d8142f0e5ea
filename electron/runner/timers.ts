/**
 * The clock and timer functions the runner helpers use, injected so unit tests can drive time
 * by hand instead of sleeping.
 */

/** An opaque timer handle, as returned by `setTimeout`. */
export type TimerHandle = unknown;

/** Clock and one-shot timers. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock: `performance.now()` and the global timers. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
