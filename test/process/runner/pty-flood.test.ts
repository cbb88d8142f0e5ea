import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACK_BLOCK_CHARS, BATCH_MAX_CHARS, HIGH_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import { PtyRunner } from '../../../electron/runner/pty-runner.js';
import { makeFakeSystemRoot, type FakeSystemRoot } from '../../fakes/system-root.js';
import { FloodChecker, floodCharsThroughPty } from './flood-check.js';
import { spec } from './spec.js';

const FLOOD_BYTES = 50_000_000;

let fake: FakeSystemRoot | null = null;
afterEach(() => {
  fake?.dispose();
  fake = null;
});

describe('PtyRunner under a 50 MB flood with a slow, xterm-like consumer', () => {
  it('pauses the pty, bounds unacknowledged output, and delivers every byte in order', async () => {
    fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', flood: { bytes: FLOOD_BYTES } }] });
    const h = new PtyRunner().start(spec(path.join(fake.dir, 'wsl.exe'), ['--flood'], { timeoutMs: 90_000, idleTimeoutMs: 10_000 }));

    const checker = new FloodChecker();
    const queue: string[] = [];
    let delivered = 0;
    let acked = 0;
    let pendingAck = 0;
    let maxOutstanding = 0;
    let maxBatch = 0;
    let nextSeq = 0;
    let seqGaps = 0;
    h.onOutput((batch) => {
      if (batch.seq !== nextSeq) seqGaps++;
      nextSeq = batch.seq + 1;
      delivered += batch.data.length;
      maxBatch = Math.max(maxBatch, batch.data.length);
      maxOutstanding = Math.max(maxOutstanding, delivered - acked);
      queue.push(batch.data);
    });
    // The "terminal": parses at most 40,000 chars per 2 ms tick (≈20 MB/s at best, less on a busy
    // machine) and, like xterm's write callback feeding VS Code's ack bufferer, acks only whole
    // 5,000-char blocks.
    let running = true;
    const tick = (): void => {
      let budget = 40_000;
      while (budget > 0 && queue.length > 0) {
        const data = queue.shift() as string;
        const take = Math.min(budget, data.length);
        checker.push(data.slice(0, take));
        if (take < data.length) queue.unshift(data.slice(take));
        budget -= take;
        pendingAck += take;
      }
      while (pendingAck >= ACK_BLOCK_CHARS) {
        h.ack(ACK_BLOCK_CHARS);
        acked += ACK_BLOCK_CHARS;
        pendingAck -= ACK_BLOCK_CHARS;
      }
      if (running) setTimeout(tick, 2);
    };
    tick();

    const r = await h.done;
    running = false;
    for (const rest of queue.splice(0)) checker.push(rest);

    expect(r).toMatchObject({ exitCode: 0, stoppedBy: null, launchError: null });
    expect(seqGaps).toBe(0);
    expect(r.batches).toBe(nextSeq);
    expect(r.outputChars).toBe(floodCharsThroughPty(FLOOD_BYTES));
    expect(delivered).toBe(r.outputChars);
    expect(checker.finish()).toEqual([]);
    expect(checker.lines).toBe(Math.floor(FLOOD_BYTES / 60));
    const stats = h.stats();
    expect(stats.pauses).toBeGreaterThanOrEqual(1);
    expect(maxOutstanding).toBeLessThanOrEqual(HIGH_WATERMARK_CHARS + Math.max(maxBatch, 0));
    expect(maxOutstanding).toBeLessThanOrEqual(HIGH_WATERMARK_CHARS + BATCH_MAX_CHARS);
    expect(maxBatch).toBeLessThanOrEqual(BATCH_MAX_CHARS + 65_536);
    console.log(`flood: ${r.batches} batches, ${stats.pauses} pauses, max outstanding ${maxOutstanding}, max batch ${maxBatch}, ${Math.round(r.durationMs)} ms`);
  }, 120_000);
});
