import type { IPty } from 'node-pty';
import { describe, expect, it } from 'vitest';
import { HIGH_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import { PtyRun } from '../../../electron/runner/pty-run.js';
import type { OutputBatch } from '../../../electron/runner/runner.js';

/** Just enough of node-pty's IPty to drive a PtyRun by hand: data and exit come from the test. */
function fakePty() {
  let onData: (data: string) => void = () => {};
  let onExit: (e: { exitCode: number; signal?: number }) => void = () => {};
  const calls: string[] = [];
  const pty = {
    pid: 4242,
    onData: (listener: (data: string) => void) => {
      onData = listener;
      return { dispose: () => {} };
    },
    onExit: (listener: (e: { exitCode: number; signal?: number }) => void) => {
      onExit = listener;
      return { dispose: () => {} };
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
  };
  return { pty: pty as unknown as IPty, calls, data: (d: string) => onData(d), exit: () => onExit({ exitCode: 0 }) };
}

describe('PtyRun while the pty is paused', () => {
  it('hands the pending batch over at once instead of waiting out the batch window', async () => {
    const fake = fakePty();
    const run = new PtyRun(fake.pty, { file: '/bin/true', args: [], encoding: 'utf-8', timeoutMs: 0, label: 'test' }, { graceful: () => {}, force: () => {} }, 0, performance.now());
    const batches: OutputBatch[] = [];
    run.onOutput((b) => batches.push(b));
    const chunk = 'x'.repeat(Math.ceil(HIGH_WATERMARK_CHARS / 2) + 1);
    fake.data(chunk);
    // Below the high watermark: the chunk waits for the batch window, nothing is delivered yet.
    expect(batches).toHaveLength(0);
    fake.data(chunk);
    // Over it: the pty is paused, and everything produced so far is delivered synchronously, so
    // the view can acknowledge it and let the producer go on.
    expect(fake.calls).toEqual(['pause']);
    expect(batches.map((b) => b.data.length)).toEqual([2 * chunk.length]);
    run.ack(2 * chunk.length);
    expect(fake.calls).toEqual(['pause', 'resume']);
    fake.exit();
    expect((await run.done).exitCode).toBe(0);
  });
});
