import { expect, test } from './fixtures.js';
import { FIXTURE_WSL_VERSION, notInstalledScenario } from './scenarios.js';

test.describe('dashboard, WSL installed', () => {
  test('shows pass for wsl.installed and wsl.version with the version as evidence', async ({ app }) => {
    await app.getByTestId('tab-dashboard').click();
    await app.getByTestId('run-checks').click();
    for (const id of ['wsl.installed', 'wsl.version']) {
      await expect(app.getByTestId(`check-row-${id}`)).toHaveAttribute('data-status', 'pass');
      await expect(app.getByTestId(`check-status-${id}`)).toHaveText(/Pass/);
    }
    await app.getByTestId('evidence-toggle-wsl.version').click();
    await expect(app.getByTestId('evidence-list-wsl.version')).toContainText(FIXTURE_WSL_VERSION);
    await expect(app.getByTestId('check-group-wsl')).toBeVisible();
    await expect(app.getByTestId('readiness-badge')).not.toHaveAttribute('data-readiness', 'none');
  });
});

test.describe('dashboard, no WSL at all', () => {
  test.use({ scenario: notInstalledScenario() });

  test('shows fail for wsl.installed with a fix, and readiness not-ready', async ({ app }) => {
    await app.getByTestId('tab-dashboard').click();
    await app.getByTestId('run-checks').click();
    const row = app.getByTestId('check-row-wsl.installed');
    await expect(row).toHaveAttribute('data-status', 'fail');
    await expect(app.getByTestId('check-status-wsl.installed')).toHaveText(/Fail/);
    await expect(app.getByTestId('check-fix-wsl.installed')).toBeVisible();
    await app.getByTestId('evidence-toggle-wsl.installed').click();
    await expect(app.getByTestId('evidence-list-wsl.installed')).toContainText('none');
    // wsl.version depends on wsl.installed, so it cannot pass.
    await expect(app.getByTestId('check-row-wsl.version')).not.toHaveAttribute('data-status', 'pass');
    await expect(app.getByTestId('readiness-badge')).toHaveAttribute('data-readiness', 'not-ready');
  });
});
