import type { CommandSpec } from './command.js';

/** Something that can be undone: unsubscribe a listener, clear a timer. */
export type Disposer = () => void;

/** Why a run stopped early, if it did. */
export type StopReason = 'cancelled' | 'timeout' | 'idle-timeout';

/** How a pty run ended. `done` never rejects: a non-zero exit is data, not an exception. */
export interface RunResult {
  /** The exit code the OS reported; null when the process never started. */
  exitCode: number | null;
  signal: number | null;
  stoppedBy: StopReason | null;
  durationMs: number;
  /** The last few KiB of output (ANSI stripped), for summaries. */
  tail: string;
  /** Characters of output delivered. */
  outputChars: number;
  /** Batches delivered; the last batch's seq is `batches - 1`. */
  batches: number;
  /** Set when the process could not be started. */
  launchError: string | null;
}

/** One batch of output with its sequence number. */
export interface OutputBatch {
  seq: number;
  data: string;
}

/** A running pty command. */
export interface RunHandle {
  readonly pid: number | null;
  onOutput(listener: (batch: OutputBatch) => void): Disposer;
  /** The consumer has processed this many characters (flow control credit). */
  ack(chars: number): void;
  input(data: string): void;
  resize(cols: number, rows: number): void;
  /** Asks the process to stop (graceful, then forced). Idempotent. */
  cancel(): void;
  /**
   * Turns flow control off while no view is attached (nobody would ack, so the pty would stay
   * paused) and back on when one attaches.
   */
  setFlowControl(enabled: boolean): void;
  readonly done: Promise<RunResult>;
}

/** Runs commands the user watches. */
export interface PtyRunnerLike {
  start(spec: CommandSpec): RunHandle;
}

/** What a captured (non-pty) run produced. Bytes are kept raw; decoding is the parser's job. */
export interface ExecResult {
  exitCode: number | null;
  signal: string | null;
  stdout: Buffer;
  stderr: Buffer;
  stoppedBy: StopReason | null;
  durationMs: number;
  launchError: string | null;
  /** True when output beyond the capture cap was dropped. */
  truncated: boolean;
}

/** Runs short probes whose output gets parsed. */
export interface ExecRunnerLike {
  exec(spec: CommandSpec, options?: { signal?: AbortSignal; stdin?: string | Buffer }): Promise<ExecResult>;
}
