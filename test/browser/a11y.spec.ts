import { seriousViolations } from './axe.js';
import { BRIDGE_CLIENT_PATH } from './bridge-server.js';
import { expect, test } from './fixtures.js';
import { simulatedPcPerTest } from './sim-pc-per-test.js';

/**
 * axe-core on every main screen, light and dark, English and Japanese, against the simulated
 * fresh PC: no serious or critical violation of WCAG 2.1 A/AA (see axe.ts). The run screens
 * (restart card, password after resume, done) are checked on the walk in setup-walk.spec.ts.
 */

for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of ['en-US', 'ja-JP'] as const) {
    test.describe(`accessibility, ${colorScheme}, ${locale}`, () => {
      // Reduced motion: Fluent's colour transitions finish at once, so axe measures contrast on the
      // settled colours, not on a button half-way through its hover or disabled transition.
      test.use({ colorScheme, locale, reducedMotion: 'reduce' });
      const sim = simulatedPcPerTest('fresh-win11-rtx4070');

      test('setup plan, dashboard, evidence and support have no serious or critical axe violations', async ({ page }) => {
        test.setTimeout(120_000);
        await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
        await page.goto(sim.bridge.url);
        await expect(page.getByTestId('setup-panel')).toBeVisible();
        // The theme follows the OS colour scheme: Fluent's neutral background 1 (#ffffff light, #292929 dark).
        await expect(page.locator('.fui-FluentProvider').first()).toHaveCSS('background-color', colorScheme === 'dark' ? 'rgb(41, 41, 41)' : 'rgb(255, 255, 255)');
        const found: Record<string, string[]> = {};
        found['setup'] = await seriousViolations(page);

        await page.getByTestId('profile-beginner').check();
        await page.getByTestId('make-plan').click();
        await expect(page.getByTestId('planned-windows.vmp')).toBeVisible();
        found['plan'] = await seriousViolations(page);

        await page.getByTestId('tab-dashboard').click();
        await page.getByTestId('run-checks').click();
        await expect(page.getByTestId('check-row-wsl.installed')).toHaveAttribute('data-status', /pass|fail|warn|unknown|skip/u);
        await expect(page.getByTestId('checks-running')).toBeHidden();
        await expect(page.getByTestId('run-checks')).toBeEnabled();
        await page.getByTestId('evidence-toggle-wsl.installed').click();
        found['dashboard'] = await seriousViolations(page);

        await page.getByTestId('tab-support').click();
        await page.getByTestId('support-preview').click();
        await expect(page.getByTestId('support-file').first()).toBeVisible();
        found['support'] = await seriousViolations(page);

        expect(found).toEqual({ setup: [], plan: [], dashboard: [], support: [] });
      });
    });
  }
}
