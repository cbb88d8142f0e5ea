import { describe, expect, it } from 'vitest';
import { ACK_BLOCK_CHARS, LOW_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import { AckCounter } from '../../../renderer/features/terminal/ack-counter.js';
import { SeqTracker } from '../../../renderer/store/seq-tracker.js';

describe('AckCounter (terminal side of flow control)', () => {
  it('releases whole blocks only, and never more than was written', () => {
    const acks = new AckCounter();
    expect(acks.written('run-1', 4_999)).toBe(0);
    expect(acks.written('run-1', 1)).toBe(ACK_BLOCK_CHARS);
    expect(acks.written('run-1', 12_345)).toBe(10_000);
    expect(acks.written('run-1', 2_655)).toBe(5_000);
  });

  it('keeps the invariant that lets a paused pty resume: a block fits under the low watermark', () => {
    expect(ACK_BLOCK_CHARS).toBeLessThanOrEqual(LOW_WATERMARK_CHARS);
  });

  it('starts over for a new run', () => {
    const acks = new AckCounter();
    expect(acks.written('run-1', 3_000)).toBe(0);
    expect(acks.written('run-2', 3_000)).toBe(0);
    expect(acks.written('run-2', 2_000)).toBe(5_000);
  });
});

describe('SeqTracker', () => {
  it('reports the missing batches of a gap and counts what arrived', () => {
    const seq = new SeqTracker();
    expect(seq.see('run-1', 0)).toBeNull();
    expect(seq.see('run-1', 1)).toBeNull();
    expect(seq.see('run-1', 4)).toEqual({ runId: 'run-1', from: 2, to: 3 });
    expect(seq.seen('run-1')).toBe(5);
    expect(seq.seen('run-9')).toBe(0);
  });
  it('tracks a new run from zero', () => {
    const seq = new SeqTracker();
    seq.see('run-1', 0);
    expect(seq.see('run-2', 0)).toBeNull();
    expect(seq.see('run-2', 2)).toEqual({ runId: 'run-2', from: 1, to: 1 });
  });
});
