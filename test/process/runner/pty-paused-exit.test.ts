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

describe('PtyRunner when the child exits while the pty is paused', () => {
  // node-pty destroys the socket 200 ms after the child exits; output still held by a paused
  // socket would be lost unless the runner notices the exit and reads it first.
  it.each([120_000, 140_000, 160_000])('keeps the held-back output of a %d-byte burst', async (bytes) => {
    fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', flood: { bytes } }] });
    const h = new PtyRunner().start(spec(path.join(fake.dir, 'wsl.exe')));
    const checker = new FloodChecker();
    let received = 0;
    h.onOutput((b) => {
      received += b.data.length;
      checker.push(b.data);
    });
    // A view that acknowledges nothing for a while (busy, or hidden), then catches up.
    await sleep(1_500);
    expect(h.stats().pauses).toBe(1);
    h.ack(received);
    const r = await h.done;
    h.ack(r.outputChars);
    expect(r.exitCode).toBe(0);
    expect(r.outputChars).toBe(floodCharsThroughPty(bytes));
    expect(checker.finish()).toEqual([]);
    expect(h.stats().maxUnacked).toBeGreaterThan(HIGH_WATERMARK_CHARS);
  });
});
