import { describe, expect, it } from 'vitest';
import { BATCH_MAX_CHARS, BATCH_WINDOW_MS } from '../../../electron/contract/flow.js';
import { OutputBatcher } from '../../../electron/runner/batcher.js';
import type { OutputBatch } from '../../../electron/runner/runner.js';
import { ManualClock } from './manual-clock.js';

function setup(maxChars?: number) {
  const clock = new ManualClock();
  const out: OutputBatch[] = [];
  const batcher = new OutputBatcher((b) => out.push(b), { clock, ...(maxChars ? { maxChars } : {}) });
  return { clock, out, batcher };
}

describe('OutputBatcher', () => {
  it('merges chunks that arrive within the window into one batch', () => {
    const { clock, out, batcher } = setup();
    batcher.push('a');
    clock.advance(2);
    batcher.push('b');
    batcher.push('c');
    expect(out).toEqual([]);
    clock.advance(BATCH_WINDOW_MS - 2);
    expect(out).toEqual([{ seq: 0, data: 'abc' }]);
  });

  it('starts the window at the first chunk, not the last', () => {
    const { clock, out, batcher } = setup();
    batcher.push('x');
    clock.advance(BATCH_WINDOW_MS - 1);
    batcher.push('y');
    clock.advance(1);
    expect(out).toEqual([{ seq: 0, data: 'xy' }]);
  });

  it('numbers batches 0, 1, 2 … with no gaps', () => {
    const { clock, out, batcher } = setup();
    for (let i = 0; i < 5; i++) {
      batcher.push(String(i));
      clock.advance(BATCH_WINDOW_MS);
    }
    expect(out.map((b) => b.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(out.map((b) => b.data).join('')).toBe('01234');
    expect(batcher.batches).toBe(5);
    expect(batcher.chars).toBe(5);
  });

  it('flushes at once when the size cap is reached', () => {
    const { clock, out, batcher } = setup(10);
    batcher.push('12345');
    batcher.push('67890');
    expect(out).toEqual([{ seq: 0, data: '1234567890' }]);
    expect(clock.pending).toBe(0);
    batcher.push('z');
    clock.advance(BATCH_WINDOW_MS);
    expect(out[1]).toEqual({ seq: 1, data: 'z' });
  });

  it('uses the shared cap by default', () => {
    const { out, batcher } = setup();
    batcher.push('q'.repeat(BATCH_MAX_CHARS));
    expect(out).toHaveLength(1);
    expect(out[0]?.data.length).toBe(BATCH_MAX_CHARS);
  });

  it('flush() emits pending data now and cancels the timer; empty flush emits nothing', () => {
    const { clock, out, batcher } = setup();
    batcher.flush();
    expect(out).toEqual([]);
    batcher.push('tail');
    expect(batcher.pending).toBe(4);
    batcher.flush();
    expect(out).toEqual([{ seq: 0, data: 'tail' }]);
    expect(clock.pending).toBe(0);
    clock.advance(100);
    expect(out).toHaveLength(1);
  });

  it('ignores empty chunks', () => {
    const { clock, out, batcher } = setup();
    batcher.push('');
    expect(clock.pending).toBe(0);
    clock.advance(100);
    expect(out).toEqual([]);
  });

  it('dispose() drops the timer without emitting', () => {
    const { clock, out, batcher } = setup();
    batcher.push('x');
    batcher.dispose();
    clock.advance(100);
    expect(out).toEqual([]);
  });
});
