import { BRIDGE_CLIENT_PATH } from './bridge-server.js';
import { expect, test } from './fixtures.js';
import { simulatedPcPerTest } from './sim-pc-per-test.js';

/**
 * On a PC whose virtualization is off in firmware, the dashboard's first words are that blocker
 * and its fix — not a column of passes with the blocker further down.
 */
test.describe('dashboard on the simulated PC with virtualization off in firmware', () => {
  const sim = simulatedPcPerTest('virtualization-off');

  test('the blocker comes first, with its fix, and the preflight group leads the categories', async ({ page }) => {
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(sim.bridge.url);
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('run-checks').click();
    const blockers = page.getByTestId('blockers');
    await expect(blockers).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('blocker-preflight.virtualization')).toBeVisible();
    await expect(page.getByTestId('blocker-fix-preflight.virtualization')).toBeVisible();
    // Every listed blocker is a failing check of the report below, and no failing check is missing.
    const ids = async (selector: string, prefix: string) => {
      const found = page.locator(selector);
      const out: string[] = [];
      for (let i = 0; i < (await found.count()); i++) out.push(((await found.nth(i).getAttribute('data-testid')) ?? '').replace(prefix, ''));
      return out;
    };
    const failing = await ids('[data-testid^="check-row-"][data-status="fail"]', 'check-row-');
    const listed = await ids('[data-testid="blockers"] li', 'blocker-');
    expect(failing).toContain('preflight.virtualization');
    expect([...listed].sort()).toEqual([...failing].sort());
    // The groups in reading order: what the PC needs first.
    const groups = await ids('[data-testid^="check-group-"]:not([data-testid^="check-group-counts-"])', 'check-group-');
    expect(groups[0]).toBe('preflight');
    // The blocker card sits above the first group.
    const cardBox = await blockers.boundingBox();
    const groupBox = await page.getByTestId('check-group-preflight').boundingBox();
    expect(cardBox && groupBox && cardBox.y < groupBox.y).toBe(true);
  });

  test.describe('in Japanese', () => {
    test.use({ locale: 'ja-JP' });
    test('the blocker card speaks Japanese', async ({ page }) => {
      await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
      await page.goto(sim.bridge.url);
      await page.getByTestId('tab-dashboard').click();
      await page.getByTestId('run-checks').click();
      await expect(page.getByTestId('blockers')).toContainText('この PC で先に解決が必要なこと', { timeout: 60_000 });
      await expect(page.getByTestId('blockers')).not.toContainText('dashboard.');
    });
  });
});
