import { describe, expect, it } from 'vitest';
import { ACK_BLOCK_CHARS, HIGH_WATERMARK_CHARS, LOW_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import { FlowController } from '../../../electron/runner/flow-control.js';

function setup() {
  const events: string[] = [];
  const flow = new FlowController({ onPause: () => events.push('pause'), onResume: () => events.push('resume') });
  return { events, flow };
}

describe('FlowController', () => {
  it('keeps the ack block within the low watermark (else a paused pty never resumes)', () => {
    expect(ACK_BLOCK_CHARS).toBeLessThanOrEqual(LOW_WATERMARK_CHARS);
  });

  it('pauses only once the count goes above the high watermark', () => {
    const { events, flow } = setup();
    flow.produced(HIGH_WATERMARK_CHARS);
    expect(events).toEqual([]);
    flow.produced(1);
    expect(events).toEqual(['pause']);
    flow.produced(50_000);
    expect(events).toEqual(['pause']);
    expect(flow.stats()).toEqual({ unacked: HIGH_WATERMARK_CHARS + 50_001, paused: true, pauses: 1, maxUnacked: HIGH_WATERMARK_CHARS + 50_001 });
  });

  it('resumes only below the low watermark, acked in xterm-sized blocks', () => {
    const { events, flow } = setup();
    flow.produced(HIGH_WATERMARK_CHARS + 1);
    let blocks = 0;
    while (flow.isPaused) {
      flow.ack(ACK_BLOCK_CHARS);
      blocks++;
    }
    expect(events).toEqual(['pause', 'resume']);
    // 100,001 -> below 5,000 needs 20 blocks of 5,000 (100,001 - 100,000 = 1 < 5,000).
    expect(blocks).toBe(20);
    expect(flow.stats().unacked).toBe(1);
  });

  it('does not resume at exactly the low watermark', () => {
    const { events, flow } = setup();
    flow.produced(HIGH_WATERMARK_CHARS + 1);
    flow.ack(HIGH_WATERMARK_CHARS + 1 - LOW_WATERMARK_CHARS);
    expect(flow.stats().unacked).toBe(LOW_WATERMARK_CHARS);
    expect(events).toEqual(['pause']);
    flow.ack(1);
    expect(events).toEqual(['pause', 'resume']);
  });

  it('clamps at zero when acks exceed what was produced', () => {
    const { flow } = setup();
    flow.produced(10);
    flow.ack(1_000);
    expect(flow.stats().unacked).toBe(0);
    flow.produced(HIGH_WATERMARK_CHARS);
    expect(flow.isPaused).toBe(false);
  });

  it('ignores zero, negative and NaN amounts', () => {
    const { flow } = setup();
    flow.produced(100);
    flow.ack(-50);
    flow.ack(Number.NaN);
    flow.produced(-5);
    flow.produced(0);
    expect(flow.stats().unacked).toBe(100);
  });

  it('reset() forgets credit and forces a resume when paused', () => {
    const { events, flow } = setup();
    flow.produced(HIGH_WATERMARK_CHARS * 3);
    flow.reset();
    expect(events).toEqual(['pause', 'resume']);
    expect(flow.stats()).toMatchObject({ unacked: 0, paused: false, pauses: 1 });
    flow.reset();
    expect(events).toEqual(['pause', 'resume']);
  });

  it('counts every pause and remembers the peak', () => {
    const { flow } = setup();
    for (let i = 0; i < 3; i++) {
      flow.produced(HIGH_WATERMARK_CHARS + 10 * i + 1);
      flow.ack(HIGH_WATERMARK_CHARS + 10 * i + 1);
    }
    expect(flow.stats()).toMatchObject({ pauses: 3, maxUnacked: HIGH_WATERMARK_CHARS + 21, paused: false });
  });

  it('honours custom watermarks', () => {
    const events: string[] = [];
    const flow = new FlowController({ highWatermark: 10, lowWatermark: 3, onPause: () => events.push('p'), onResume: () => events.push('r') });
    flow.produced(11);
    flow.ack(9);
    expect(events).toEqual(['p', 'r']);
  });

  it('setEnabled(false) resumes a held producer and never pauses until re-enabled', () => {
    const { events, flow } = setup();
    flow.produced(HIGH_WATERMARK_CHARS + 1);
    flow.setEnabled(false);
    flow.produced(HIGH_WATERMARK_CHARS * 10);
    expect(events).toEqual(['pause', 'resume']);
    flow.setEnabled(true);
    expect(flow.stats().unacked).toBe(0);
    flow.produced(HIGH_WATERMARK_CHARS + 1);
    expect(events).toEqual(['pause', 'resume', 'pause']);
  });
});
