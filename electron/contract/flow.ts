/**
 * Flow-control and batching constants, shared by the pty runner (producer side) and the
 * terminal view (consumer side). Numbers are VS Code's terminal constants
 * (src/vs/platform/terminal/common/terminal.ts, FlowControlConstants) and its data bufferer.
 */

/** Pause the pty when more than this many characters are unacknowledged by the view. */
export const HIGH_WATERMARK_CHARS = 100_000;

/** Resume the pty once unacknowledged characters fall below this. */
export const LOW_WATERMARK_CHARS = 5_000;

/**
 * The view acknowledges in blocks of this many characters, from xterm's write callback.
 * Invariant: must be <= LOW_WATERMARK_CHARS, or a paused pty could never resume.
 */
export const ACK_BLOCK_CHARS = 5_000;

/** Output is merged for this long before it crosses IPC (VS Code TerminalDataBufferer). */
export const BATCH_WINDOW_MS = 5;

/** A batch is flushed early once it holds this many characters (Hyper caps batches at 200 KB). */
export const BATCH_MAX_CHARS = 200 * 1024;

/** After exit, wait until output has been quiet this long before reporting (VS Code DataFlushTimeout). */
export const EXIT_FLUSH_QUIET_MS = 250;

/** Never wait longer than this for trailing output after exit (VS Code MaximumShutdownTime). */
export const EXIT_FLUSH_MAX_MS = 5_000;

/** A graceful stop request gets this long before the process is killed outright. */
export const STOP_GRACE_MS = 2_000;
