import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { ACK_BLOCK_CHARS, BATCH_MAX_CHARS } from '../../electron/contract/flow.js';
import { FLOOD_VERIFIER_PATH, type FloodVerdict } from '../bench/flood-source.js';
import { floodCharsThroughPty } from '../process/runner/flood-check.js';
import { expect, terminalText, test } from './fixtures.js';
import { floodUpdateScenario, lastFloodLine } from './scenarios.js';

const FLOOD_BYTES = 5_000_000;
/** What must reach the terminal: the bytes the program printed, each LF a CRLF through the pty. */
const FLOOD_CHARS = floodCharsThroughPty(FLOOD_BYTES);

interface PageCounters {
  termWritten: number;
  received: number;
  exit: unknown;
  verifier: { result(): FloodVerdict };
}

/** The page's counters (the bench hooks): characters received, written by xterm, and the verdict. */
async function counters(page: Page): Promise<{ received: number; written: number; verdict: FloodVerdict }> {
  return page.evaluate(() => {
    const h = (globalThis as unknown as { __benchHooks: PageCounters }).__benchHooks;
    return { received: h.received, written: h.termWritten, verdict: h.verifier.result() };
  });
}

test.describe('flow control seen from the UI', () => {
  test.use({
    scenario: floodUpdateScenario(FLOOD_BYTES),
    // The bench's counters: the bridge client counts what the page received, xterm's write
    // callback what was written, and the verifier checks those writes in order.
    initScript: `${fs.readFileSync(FLOOD_VERIFIER_PATH, 'utf8')}
window.__benchHooks = { termWritten: 0, received: 0, exit: null, verifier: new FloodVerifier(${FLOOD_BYTES}) };`,
  });

  test('a 5 MB flood arrives in full, in order, and the terminal acks it in blocks', async ({ app, bridge }) => {
    await app.getByTestId('step-item-wsl.update').click();
    await app.getByTestId('run-step').click();
    await expect(app.getByTestId('step-status')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
    // Every character the page received is written, and that is exactly what the program printed.
    await expect.poll(async () => (await counters(app)).written).toBe(FLOOD_CHARS);
    const { received, written, verdict } = await counters(app);
    expect({ received, written }).toEqual({ received: FLOOD_CHARS, written: FLOOD_CHARS });
    expect(verdict).toEqual({ inOrder: true, chars: FLOOD_CHARS, expectedChars: FLOOD_CHARS, error: null });
    await expect.poll(() => terminalText(app)).toContain(lastFloodLine(FLOOD_BYTES));
    await expect(app.getByTestId('output-gap')).toHaveCount(0);
    // Every written character is acked in whole blocks; only the last partial block stays open.
    const ackable = FLOOD_CHARS - (FLOOD_CHARS % ACK_BLOCK_CHARS);
    await expect.poll(() => bridge.acks().chars).toBe(ackable);
    const { count } = bridge.acks();
    // One ack per written batch at most, and a batch holds at most BATCH_MAX_CHARS.
    expect(count).toBeGreaterThanOrEqual(Math.floor(ackable / BATCH_MAX_CHARS));
  });
});
