/** DTOs of runs: a step's command streamed to the terminal view. */

/** How a finished run is classified, from its exit code and the step's exit-code map. */
export type RunOutcome = 'ok' | 'failed' | 'reboot-required' | 'cancelled' | 'timed-out' | 'launch-failed';

/** A batch of terminal output. `seq` starts at 0 and grows by one per batch, so gaps are detectable. */
export interface RunOutputEvent {
  runId: string;
  seq: number;
  data: string;
}

/** A run ended. `exitCode` is what the process reported (never inferred); null when it never started. */
export interface RunExitEvent {
  runId: string;
  stepId: string;
  outcome: RunOutcome;
  exitCode: number | null;
  durationMs: number;
  /** The last lines of output, for the summary (the full output went to the terminal and the log). */
  tail: string;
  /** The output batch count, so the view can tell it saw every batch. */
  batches: number;
}
