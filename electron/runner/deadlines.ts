import type { StopReason } from './runner.js';
import { systemClock, type Clock, type TimerHandle } from './timers.js';

/** Limits for {@link Deadlines}; 0 or absent disables a limit. */
export interface DeadlineOptions {
  timeoutMs?: number;
  idleTimeoutMs?: number;
  /** True while the consumer holds the producer back (flow control): that is not idleness. */
  isHeld?: () => boolean;
  clock?: Clock;
}

/**
 * The hard deadline and the inactivity deadline of one run. Output calls `activity()`, which
 * only stores a timestamp: the idle timer is not re-armed per chunk (node-pty fires every ≈1 KB),
 * it re-checks when it fires and waits out the remainder.
 */
export class Deadlines {
  private readonly clock: Clock;
  private readonly idleMs: number;
  private readonly isHeld: () => boolean;
  private lastActivity: number;
  private hardTimer: TimerHandle | null = null;
  private idleTimer: TimerHandle | null = null;
  private done = false;

  constructor(
    private readonly onExpire: (reason: StopReason) => void,
    options: DeadlineOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.idleMs = options.idleTimeoutMs && options.idleTimeoutMs > 0 ? options.idleTimeoutMs : 0;
    this.isHeld = options.isHeld ?? (() => false);
    this.lastActivity = this.clock.now();
    const hardMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : 0;
    if (hardMs > 0) this.hardTimer = this.clock.setTimeout(() => this.expire('timeout'), hardMs);
    if (this.idleMs > 0) this.armIdle(this.idleMs);
  }

  /** Output was seen: pushes the idle deadline back. */
  activity(): void {
    this.lastActivity = this.clock.now();
  }

  /** Clears both timers (the run ended or was stopped). */
  dispose(): void {
    this.done = true;
    if (this.hardTimer !== null) this.clock.clearTimeout(this.hardTimer);
    if (this.idleTimer !== null) this.clock.clearTimeout(this.idleTimer);
    this.hardTimer = this.idleTimer = null;
  }

  private armIdle(ms: number): void {
    this.idleTimer = this.clock.setTimeout(() => {
      this.idleTimer = null;
      if (this.isHeld()) this.lastActivity = this.clock.now();
      const quietFor = this.clock.now() - this.lastActivity;
      if (quietFor >= this.idleMs) this.expire('idle-timeout');
      else this.armIdle(this.idleMs - quietFor);
    }, ms);
  }

  private expire(reason: StopReason): void {
    if (this.done) return;
    this.dispose();
    this.onExpire(reason);
  }
}
