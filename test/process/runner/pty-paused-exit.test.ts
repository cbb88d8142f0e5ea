import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGH_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import { PtyRunner } from '../../../electron/runner/pty-runner.js';
import { makeFakeSystemRoot, type FakeSystemRoot } from '../../fakes/system-root.js';
import { FloodChecker, floodCharsThroughPty } from './flood-check.js';
import { spec } from './spec.js';

let fake: FakeSystemRoot | null = null;
afterEach(() => {
  fake?.dispose();
  fake = null;
});

function start(bytes: number, exitWhenFileExists?: string) {
  fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', flood: { bytes, ...(exitWhenFileExists ? { exitWhenFileExists } : {}) } }] });
  const h = new PtyRunner().start(spec(path.join(fake.dir, 'wsl.exe')));
  const checker = new FloodChecker();
  let received = 0;
  const waiters: { until: () => boolean; resolve: () => void }[] = [];
  h.onOutput((b) => {
    received += b.data.length;
    checker.push(b.data);
    for (const w of waiters.splice(0)) {
      if (w.until()) w.resolve();
      else waiters.push(w);
    }
  });
  /** Resolves at the first output batch after which `until` holds (or now, if it already does). */
  const outputUntil = (until: () => boolean): Promise<void> => (until() ? Promise.resolve() : new Promise((resolve) => waiters.push({ until, resolve })));
  return { h, checker, received: () => received, outputUntil };
}

describe('PtyRunner with a view that stops acknowledging', () => {
  it('holds the producer while unacknowledged, then releases everything in order once the view detaches', async () => {
    const bytes = 400_000;
    const expected = floodCharsThroughPty(bytes);
    // The program exits only when told, after every byte was read: what this test is about is the
    // hold and the release, not the Linux hang-up loss (the next test covers that).
    const release = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-release-')), 'go');
    const { h, checker, received, outputUntil } = start(bytes, release);
    await outputUntil(() => h.stats().paused);
    expect(h.stats()).toMatchObject({ paused: true, pauses: 1 });
    const held = received();
    expect(held).toBeGreaterThan(HIGH_WATERMARK_CHARS);
    expect(held).toBeLessThan(expected);
    // The view was torn down: nothing will acknowledge any more, so stop holding the program.
    h.setFlowControl(false);
    await outputUntil(() => received() >= expected);
    fs.writeFileSync(release, '');
    const r = await h.done;
    fs.rmSync(path.dirname(release), { recursive: true, force: true });
    expect(r.exitCode).toBe(0);
    expect(r.outputChars).toBe(expected);
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
