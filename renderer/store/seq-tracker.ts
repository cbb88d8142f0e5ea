/** A gap in a run's output sequence: batches `from`..`to` (inclusive) never arrived. */
export interface SeqGap {
  runId: string;
  from: number;
  to: number;
}

/**
 * Tracks the next expected `seq` per run (seq starts at 0 and grows by one per batch) and
 * reports a gap when a batch skips ahead. Only the latest run is tracked: older runs are done.
 */
export class SeqTracker {
  private runId: string | null = null;
  private next = 0;

  /** Records a batch; returns the gap it reveals, or null. */
  see(runId: string, seq: number): SeqGap | null {
    if (runId !== this.runId) {
      this.runId = runId;
      this.next = 0;
    }
    const expected = this.next;
    this.next = Math.max(this.next, seq + 1);
    return seq > expected ? { runId, from: expected, to: seq - 1 } : null;
  }

  /** How many batches of `runId` arrived in order so far (compare with `RunExitEvent.batches`). */
  seen(runId: string): number {
    return runId === this.runId ? this.next : 0;
  }
}
