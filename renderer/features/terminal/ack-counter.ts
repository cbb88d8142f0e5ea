import { ACK_BLOCK_CHARS } from '../../../electron/contract/flow.js';

/**
 * Counts characters xterm has finished writing for one run and releases them in whole blocks
 * of ACK_BLOCK_CHARS (VS Code's terminal does the same), so acks stay few under a flood.
 */
export class AckCounter {
  private runId: string | null = null;
  private pending = 0;

  /** Records `chars` written for `runId`; returns how many characters to ack now (0 for none). */
  written(runId: string, chars: number): number {
    if (runId !== this.runId) {
      this.runId = runId;
      this.pending = 0;
    }
    this.pending += chars;
    if (this.pending < ACK_BLOCK_CHARS) return 0;
    const release = this.pending - (this.pending % ACK_BLOCK_CHARS);
    this.pending -= release;
    return release;
  }
}
