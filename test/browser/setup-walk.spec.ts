import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import type { SimulatedPc } from '../sim/machine.js';
import { seriousViolations } from './axe.js';
import { BRIDGE_CLIENT_PATH, type Bridge, startBridge } from './bridge-server.js';
import { expect, test } from './fixtures.js';
import { bridgeMachine, launchArgsAfterRestart } from './sim-machine.js';

/** `SCREENSHOTS=1 npx playwright test test/browser/setup-walk.spec.ts` refreshes the docs' pictures. */
const SCREENSHOT_DIR = process.env.SCREENSHOTS === '1' ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : null;
const PASSWORD = 'walk-Pass 1';

/** The window as a person sees it, `top` scrolled to its beginning (one screen, not the whole list). */
async function screenshot(page: Page, top: Locator, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The panel scrolls inside the window: show its beginning (profile, totals, the first commands).
  await top.evaluate((el: { scrollTop: number }) => {
    el.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), animations: 'disabled' });
}

/** The walk in `npm run demo`, by a person: the fresh PC, its restart, and the resume after it. */
test.describe('the installer walks a fresh PC', () => {
  // Settled colours for the axe checks along the walk (no half-finished Fluent transitions).
  test.use({ reducedMotion: 'reduce' });
  let pc: SimulatedPc;
  let bridge: Bridge;
  let launchArgs: string[] = [];

  test.beforeEach(async () => {
    pc = await bridgeMachine('fresh-win11-rtx4070');
    // Each launch argument list goes to one app host: the one Windows starts after a restart.
    bridge = await startBridge({
      machine: pc,
      hostOptions: () => {
        const args = launchArgs;
        launchArgs = [];
        return { launchArgs: args };
      },
    });
  });
  test.afterEach(async () => {
    await bridge.close();
  });

  test('plan → consent → restart → resume with the password → done and verified (PyTorch sees the GPU)', async ({ page }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(bridge.url);
    const panel = page.getByTestId('setup-panel');
    await expect(panel).toBeVisible();

    // Plan: every command shown with its exact argv before anything changes.
    await page.getByTestId('profile-beginner').check();
    await page.getByTestId('make-plan').click();
    await expect(page.getByTestId('planned-windows.vmp')).toBeVisible();
    const commands = page.getByTestId('planned-command');
    await expect(commands.filter({ hasText: /dism\.exe \/Online \/Enable-Feature \/FeatureName:VirtualMachinePlatform \/All \/NoRestart$/ })).toHaveCount(1);
    await expect(commands.filter({ hasText: /wsl\.exe --install --no-distribution$/ })).toHaveCount(1);
    await expect(page.getByTestId('plan-summary')).toContainText(/administrator/);
    expect(pc.calls().filter((c) => c.tool === 'dism.exe' && c.args.includes('/Enable-Feature'))).toEqual([]);

    // The new Linux user: the plan is made again for the name; the password goes with the consent.
    await page.getByTestId('linux-user').fill('taro');
    await page.getByTestId('linux-password').fill(PASSWORD);
    await expect(commands.filter({ hasText: /useradd --create-home --shell \/bin\/bash --groups sudo taro$/ })).toHaveCount(1);
    await screenshot(page, panel, 'setup-plan.png');
    await page.getByTestId('apply-plan').click();

    // Windows asks for a restart: the card counts down; "Restart now" restarts the PC.
    await expect(page.getByTestId('reboot-card')).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId('run-step-windows.vmp')).toHaveAttribute('data-state', 'reboot-pending');
    expect(await seriousViolations(page), 'axe on the restart card').toEqual([]);
    const restartsBefore = pc.state().restarts;
    await page.getByTestId('restart-now').click();
    await expect.poll(() => pc.state().restarts).toBe(restartsBefore + 1);

    // What `npm run demo` does after a restart: the app starts again from RunOnce, the page reloads.
    launchArgs = launchArgsAfterRestart(pc);
    expect(launchArgs).toEqual(['--resume']);
    const reloaded = page.waitForEvent('load');
    await bridge.relaunch();
    await reloaded;

    // The journaled run shows at once; the password was never saved, so it is asked for again.
    await expect(page.getByTestId('password-needed')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('run-step-windows.vmp')).toBeVisible();
    expect(await seriousViolations(page), 'axe on the resume screen').toEqual([]);
    await page.getByTestId('resume-password').fill(PASSWORD);
    await page.getByTestId('continue-setup').click();
    await expect(page.getByTestId('run-step-windows.vmp')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });

    const state = page.getByTestId('setup-run-state');
    await expect(state).toHaveAttribute('data-state', /^(done|failed|cancelled)$/, { timeout: 180_000 });
    await reportWhereItStopped(page);
    await expect(state).toHaveAttribute('data-state', 'done');
    // `verified`: PyTorch sees the simulated GPU. `verified-on-gpu` also needs a measured
    // benchmark figure, and the simulated collector never makes one up (no GPU figure is invented).
    await expect(page.getByTestId('setup-done').getByTestId('readiness-badge')).toHaveAttribute('data-readiness', 'verified', { timeout: 60_000 });
    expect(await seriousViolations(page), 'axe on the finished run').toEqual([]);
    await screenshot(page, panel, 'setup-done.png');
    // The password reached chpasswd's stdin only: never an argument of any call.
    expect(pc.calls().some((c) => c.args.join(' ').includes(PASSWORD))).toBe(false);
    expect(errors).toEqual([]);
  });
});

/** Names the step a failed walk stopped at (and its next action) in the test's output. */
async function reportWhereItStopped(page: Page): Promise<void> {
  const failed = page.locator('[data-testid^="run-step-"][data-state="failed"], [data-testid^="run-step-"][data-state="blocked"]');
  if ((await failed.count()) === 0) return;
  const first = failed.first();
  test.info().annotations.push({ type: 'stopped at', description: `${await first.getAttribute('data-testid')}: ${await first.innerText()}` });
}
