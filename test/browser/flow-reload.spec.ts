import { expect, test } from '@playwright/test';
import { HIGH_WATERMARK_CHARS } from '../../electron/contract/flow.js';
import { floodShellArgs } from '../bench/flood-source.js';
import { type Bridge, BRIDGE_CLIENT_PATH, startBridge } from './bridge-server.js';
import { healthyScenario } from './scenarios.js';

// `wsl --set-default-version 2` is a user-level pty step: its output is flow-controlled by the
// terminal's acks. It floods far more than the flow window can hold.
const FLOOD_BYTES = 3_000_000;

interface Hooks {
  termWritten: number;
  received: number;
  exit: { outcome: string; exitCode: number | null; stepId: string } | null;
}

// Until the page sets sessionStorage.acks, its acks never leave (a page about to reload never
// sends them): flow control then holds the pty once the window is full.
const DROP_ACKS = `(() => {
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (sessionStorage.getItem('acks') !== 'on' && typeof data === 'string' && data.includes('"run:ack"')) return;
    return send.call(this, data);
  };
  window.__benchHooks = { termWritten: 0, received: 0, exit: null };
})();`;

let bridge: Bridge;
test.beforeEach(async () => {
  const scenario = healthyScenario();
  scenario['wsl.exe'] = [...(scenario['wsl.exe'] ?? []), { args: ['--set-default-version', '2'], program: { file: '/bin/sh', args: floodShellArgs(FLOOD_BYTES) }, exitCode: 0 }];
  // One host across page loads, as Electron's main process outlives its window's reloads.
  bridge = await startBridge({ scenario, shareHost: true });
});
test.afterEach(async () => {
  await bridge.close();
});

test('a reload while flow control holds a run: the run still finishes', async ({ page }) => {
  await page.addInitScript({ content: DROP_ACKS });
  await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
  await page.goto(bridge.url);
  await page.getByTestId('step-item-wsl.default-version').click();
  await page.getByTestId('run-step').click();
  // More than the window has reached the page and none of it was acked: the pty is paused.
  await page.waitForFunction((high) => (globalThis as unknown as { __benchHooks: Hooks }).__benchHooks.received > high, HIGH_WATERMARK_CHARS);
  expect(bridge.acks().count).toBe(0);

  await page.evaluate(() => sessionStorage.setItem('acks', 'on'));
  await page.reload();
  // The page that loaded next gets the run's end: the held pty was released, not left hanging.
  const exit = await page.waitForFunction(() => (globalThis as unknown as { __benchHooks: Hooks }).__benchHooks.exit, undefined, { timeout: 45_000 });
  expect(await exit.jsonValue()).toMatchObject({ stepId: 'wsl.default-version', outcome: 'ok', exitCode: 0 });
});
