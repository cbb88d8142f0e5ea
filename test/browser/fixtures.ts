import { test as base, expect, type Page } from '@playwright/test';
import type { FakeScenario } from '../fakes/system-root.js';
import { type Bridge, BRIDGE_CLIENT_PATH, startBridge } from './bridge-server.js';
import { healthyScenario } from './scenarios.js';

interface Fixtures {
  /** The fake-tool scenario the bridge's engine runs against (override with test.use). */
  scenario: FakeScenario;
  /** A script the page runs before the bridge client and the app ('' for none; test.use). */
  initScript: string;
  /** A bridge server for this test, closed (hosts disposed, sockets terminated) afterwards. */
  bridge: Bridge;
  /** The app loaded in the page, connected to the bridge. */
  app: Page;
}

/** Playwright `test` with the bridge fixtures. */
export const test = base.extend<Fixtures>({
  scenario: [healthyScenario(), { option: true }],
  initScript: ['', { option: true }],
  bridge: async ({ scenario }, use) => {
    const bridge = await startBridge({ scenario });
    try {
      await use(bridge);
    } finally {
      await bridge.close();
    }
  },
  app: async ({ page, bridge, initScript }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    if (initScript) await page.addInitScript({ content: initScript });
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(bridge.url);
    await expect(page.getByTestId('step-card')).toBeVisible();
    await use(page);
    // CSP violations and uncaught errors show up here; the app must run clean.
    expect(errors).toEqual([]);
  },
});

export { expect };

/** The text currently in the xterm view (rows joined by newlines). */
export async function terminalText(page: Page): Promise<string> {
  return page.locator('[data-testid="terminal"] .xterm-rows').innerText();
}
