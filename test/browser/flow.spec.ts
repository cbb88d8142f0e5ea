import { ACK_BLOCK_CHARS, BATCH_MAX_CHARS } from '../../electron/contract/flow.js';
import { expect, terminalText, test } from './fixtures.js';
import { floodUpdateScenario, lastFloodLine } from './scenarios.js';

const FLOOD_BYTES = 5_000_000;

test.describe('flow control seen from the UI', () => {
  test.use({ scenario: floodUpdateScenario(FLOOD_BYTES) });

  test('a 5 MB flood arrives in full and the terminal acks it in blocks', async ({ app, bridge }) => {
    await app.getByTestId('run-step').click();
    await expect(app.getByTestId('step-status')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
    await expect.poll(() => terminalText(app)).toContain(lastFloodLine(FLOOD_BYTES));
    await expect(app.getByTestId('output-gap')).toHaveCount(0);
    // Every written character is acked in whole blocks; only the last partial block stays open.
    await expect.poll(() => bridge.acks().chars).toBeGreaterThanOrEqual(FLOOD_BYTES - ACK_BLOCK_CHARS);
    const { count, chars } = bridge.acks();
    expect(chars % ACK_BLOCK_CHARS).toBe(0);
    // One ack per written batch at most, and a batch holds at most BATCH_MAX_CHARS.
    expect(count).toBeGreaterThanOrEqual(Math.floor(chars / BATCH_MAX_CHARS));
  });
});
