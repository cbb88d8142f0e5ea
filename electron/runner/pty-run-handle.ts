import type { FlowStats } from './flow-control.js';
import type { RunHandle } from './runner.js';

/**
 * What a pty run hands out. Its own file so the runner (pty-runner.ts) and the run it starts
 * (pty-run.ts) both name it without importing each other.
 */

/** Flow and batch counters of one pty run (tests, benchmarks, logs). */
export interface PtyRunStats extends FlowStats {
  batches: number;
  outputChars: number;
}

/** A pty run with the extras the terminal view and tests need beyond {@link RunHandle}. */
export interface PtyRunHandle extends RunHandle {
  stats(): PtyRunStats;
  /** Drops all outstanding flow credit and resumes the pty (a fresh view attached). */
  resetFlow(): void;
}
