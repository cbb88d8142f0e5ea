import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGH_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import { PtyRunner } from '../../../electron/runner/pty-runner.js';
import { makeFakeSystemRoot, type FakeSystemRoot } from '../../fakes/system-root.js';
import { FloodChecker, floodCharsThroughPty } from './flood-check.js';
import { sleep, spec } from './spec.js';

let fake: FakeSystemRoot | null = null;
afterEach(() => {
  fake?.dispose();
  fake = null;
});

function start(bytes: number) {
  fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', flood: { bytes } }] });
  const h = new PtyRunner().start(spec(path.join(fake.dir, 'wsl.exe')));
  const checker = new FloodChecker();
  let received = 0;
  h.onOutput((b) => {
    received += b.data.length;
    checker.push(b.data);
  });
  return { h, checker, received: () => received };
}

describe('PtyRunner with a view that stops acknowledging', () => {
  it('holds the producer while unacknowledged, then releases everything in order once the view detaches', async () => {
    const bytes = 400_000;
    const { h, checker, received } = start(bytes);
    await sleep(1_500);
    expect(h.stats()).toMatchObject({ paused: true, pauses: 1 });
    const held = received();
    expect(held).toBeGreaterThan(HIGH_WATERMARK_CHARS);
    expect(held).toBeLessThan(floodCharsThroughPty(bytes));
    // The view was torn down: nothing will acknowledge any more, so stop holding the program.
    h.setFlowControl(false);
    const r = await h.done;
    expect(r.exitCode).toBe(0);
    expect(r.outputChars).toBe(floodCharsThroughPty(bytes));
    expect(checker.finish()).toEqual([]);
  });

  it('still reports the exit when the view never acknowledges and the program ends while held', async () => {
    // A burst just over the high watermark: the program can finish writing into the kernel's pty
    // buffer and exit while the pty is paused. The runner notices the exit and reads what the
    // kernel still hands over; on Linux, bytes the kernel drops at hang-up are gone.
    const bytes = 120_000;
    const { h, checker } = start(bytes);
    const r = await h.done;
    expect(r.exitCode).toBe(0);
    expect(r.outputChars).toBeGreaterThan(HIGH_WATERMARK_CHARS);
    expect(r.outputChars).toBeLessThanOrEqual(floodCharsThroughPty(bytes));
    expect(checker.finish()).toEqual([]);
  });
});
