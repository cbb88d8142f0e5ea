import { HIGH_WATERMARK_CHARS, LOW_WATERMARK_CHARS } from '../contract/flow.js';

/** Tuning and callbacks for {@link FlowController}. */
export interface FlowControlOptions {
  highWatermark?: number;
  lowWatermark?: number;
  /** Called once each time the producer must stop (e.g. `pty.pause()`). */
  onPause?: () => void;
  /** Called once each time the producer may go on (e.g. `pty.resume()`). */
  onResume?: () => void;
}

/** Counters for tests, benchmarks and logs. */
export interface FlowStats {
  /** Characters produced but not yet acknowledged by the consumer. */
  unacked: number;
  paused: boolean;
  /** How many times the producer was paused. */
  pauses: number;
  /** Highest `unacked` ever seen. */
  maxUnacked: number;
}

/**
 * VS Code's terminal flow control as a pure counter: characters are counted when they arrive
 * from the pty and credited back when the view acknowledges them. Above the high watermark the
 * producer is paused; once the count falls below the low watermark it is resumed. No clock:
 * everything happens in response to `produced`/`ack`, so it is trivially testable.
 */
export class FlowController {
  private readonly high: number;
  private readonly low: number;
  private unacked = 0;
  private paused = false;
  private pauses = 0;
  private maxUnacked = 0;
  private enabled = true;

  constructor(private readonly options: FlowControlOptions = {}) {
    this.high = options.highWatermark ?? HIGH_WATERMARK_CHARS;
    this.low = options.lowWatermark ?? LOW_WATERMARK_CHARS;
  }

  /** The producer emitted `chars` characters. */
  produced(chars: number): void {
    if (!(chars > 0)) return;
    this.unacked += chars;
    if (this.unacked > this.maxUnacked) this.maxUnacked = this.unacked;
    if (this.enabled && !this.paused && this.unacked > this.high) {
      this.paused = true;
      this.pauses++;
      this.options.onPause?.();
    }
  }

  /** The consumer processed `chars` characters. Over-acknowledging clamps the count at zero. */
  ack(chars: number): void {
    if (!(chars > 0)) return;
    this.unacked = Math.max(0, this.unacked - chars);
    if (this.paused && this.unacked < this.low) this.resumeNow();
  }

  /**
   * Forgets all outstanding credit and resumes the producer: used when the view is torn down
   * and will never acknowledge what it was sent.
   */
  reset(): void {
    this.unacked = 0;
    if (this.paused) this.resumeNow();
  }

  /**
   * Turns flow control off (no view is attached: nobody will ever acknowledge, so output must
   * not be held) or back on. Turning it off resets, so a held producer resumes at once; turning
   * it on starts counting from zero for the new view.
   */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.reset();
  }

  /** A snapshot of the counters. */
  stats(): FlowStats {
    return { unacked: this.unacked, paused: this.paused, pauses: this.pauses, maxUnacked: this.maxUnacked };
  }

  /** True while the producer is held. */
  get isPaused(): boolean {
    return this.paused;
  }

  private resumeNow(): void {
    this.paused = false;
    this.options.onResume?.();
  }
}
