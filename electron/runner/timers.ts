/**
 * The clock and timer functions the runner helpers use, injected so unit tests can drive time
 * by hand instead of sleeping.
 */

/** An opaque timer handle: Node's `Timeout` object, or a number from a test clock. */
export type TimerHandle = object | number;

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
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout | number),
};
