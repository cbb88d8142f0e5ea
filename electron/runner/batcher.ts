import { BATCH_MAX_CHARS, BATCH_WINDOW_MS } from '../contract/flow.js';
import type { OutputBatch } from './runner.js';
import { systemClock, type Clock, type TimerHandle } from './timers.js';

/** Tuning for {@link OutputBatcher}; defaults are the shared flow constants. */
export interface BatcherOptions {
  windowMs?: number;
  maxChars?: number;
  clock?: Clock;
}

/**
 * Merges many small pty chunks (node-pty fires every ≈1 KB) into sequence-numbered batches:
 * a batch is emitted `windowMs` after its first chunk, or at once when it reaches `maxChars`.
 * Chunks are kept in an array and joined once per batch, so per-chunk cost stays O(1).
 */
export class OutputBatcher {
  private readonly windowMs: number;
  private readonly maxChars: number;
  private readonly clock: Clock;
  private parts: string[] = [];
  private pendingChars = 0;
  private timer: TimerHandle | null = null;
  private nextSeq = 0;
  private emittedChars = 0;

  constructor(
    private readonly emit: (batch: OutputBatch) => void,
    options: BatcherOptions = {},
  ) {
    this.windowMs = options.windowMs ?? BATCH_WINDOW_MS;
    this.maxChars = Math.max(1, options.maxChars ?? BATCH_MAX_CHARS);
    this.clock = options.clock ?? systemClock;
  }

  /** Batches emitted so far (the next batch's seq). */
  get batches(): number {
    return this.nextSeq;
  }

  /** Characters emitted so far. */
  get chars(): number {
    return this.emittedChars;
  }

  /** Characters waiting in the current, not yet emitted batch. */
  get pending(): number {
    return this.pendingChars;
  }

  /** Adds a chunk; may emit synchronously when the size cap is reached. */
  push(data: string): void {
    if (data.length === 0) return;
    this.parts.push(data);
    this.pendingChars += data.length;
    if (this.pendingChars >= this.maxChars) {
      this.flush();
    } else if (this.timer === null) {
      this.timer = this.clock.setTimeout(() => {
        this.timer = null;
        this.flush();
      }, this.windowMs);
    }
  }

  /** Emits whatever is pending now (no-op when empty). */
  flush(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pendingChars === 0) return;
    const data = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.pendingChars = 0;
    this.emittedChars += data.length;
    this.emit({ seq: this.nextSeq++, data });
  }

  /** Drops the timer without emitting (the run is being torn down after a final flush). */
  dispose(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
