import { spawn } from 'node:child_process';
import { STOP_GRACE_MS } from '../contract/flow.js';
import type { StopReason } from './runner.js';
import { systemClock, type Clock, type TimerHandle } from './timers.js';

/** The two ways a run can be ended: a polite request, then an outright kill. */
export interface StopTarget {
  graceful(): void;
  force(): void;
}

/**
 * The one stop path for cancel, hard timeout and idle timeout: the first request records its
 * reason and sends the graceful stop; if the process has not exited after `graceMs`, it is
 * killed. Later requests are ignored, so the reason reported is always the first cause.
 */
export class StopController {
  private stopReason: StopReason | null = null;
  private timer: TimerHandle | null = null;
  private finished = false;

  constructor(
    private readonly target: StopTarget,
    private readonly graceMs: number = STOP_GRACE_MS,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Why the run was stopped, or null when it was not. */
  get reason(): StopReason | null {
    return this.stopReason;
  }

  /** Requests a stop. Idempotent; does nothing once the process has exited. */
  stop(reason: StopReason): void {
    if (this.stopReason !== null || this.finished) return;
    this.stopReason = reason;
    safely(() => this.target.graceful());
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (!this.finished) safely(() => this.target.force());
    }, this.graceMs);
  }

  /** The process exited: no kill is needed any more. */
  exited(): void {
    this.finished = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Sends `signal` to the process group led by `pid` (pty children and detached children lead
 * their own group, so this reaches the whole tree), falling back to the process alone.
 * POSIX only; a process that is already gone is not an error.
 */
export function signalTree(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
    return;
  } catch {
    // No such group (not a leader, or already gone): try the single process.
  }
  try {
    process.kill(pid, signal);
  } catch {
    // Already exited.
  }
}

/**
 * Windows only: kills `pid` and its descendants with `taskkill /T /F /PID`, using the absolute
 * taskkill path from the system-tool resolver. Exit 128 ("not found") means already gone, so
 * the result is ignored; errors are swallowed because this is a best-effort last resort.
 */
export function taskkillTree(taskkillPath: string, pid: number): void {
  try {
    const child = spawn(taskkillPath, ['/T', '/F', '/PID', String(pid)], { shell: false, windowsHide: true, stdio: 'ignore' });
    child.on('error', () => {});
  } catch {
    // Could not start taskkill: the caller's direct kill still runs.
  }
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A kill that fails means the process is gone or unreachable; exit is reported separately.
  }
}
