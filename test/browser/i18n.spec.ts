import { catalogs } from '../../electron/contract/locales/index.js';
import { uiJa } from '../../renderer/i18n/ui-strings.js';
import { expect, test } from './fixtures.js';

test('switching to Japanese shows Japanese UI and engine text', async ({ app }) => {
  await expect(app.getByTestId('tab-wizard')).toContainText('Setup');
  await app.getByTestId('language-select').selectOption('ja');
  await expect(app.locator('html')).toHaveAttribute('lang', 'ja');
  // Fluent tabs render their label twice (one copy reserves the bold width), so match by containment.
  await expect(app.getByTestId('tab-wizard')).toContainText(uiJa['nav.wizard']);
  await expect(app.getByTestId('tab-dashboard')).toContainText(uiJa['nav.dashboard']);
  await expect(app.getByTestId('tab-wizard')).not.toContainText('Setup');
  await expect(app.getByTestId('run-step')).toHaveText(uiJa['wizard.run']);
  // The step title is an engine Msg (the registry step's), resolved through the engine catalog.
  const title = catalogs.ja['setup.step.wsl.update.title'];
  expect(title).toBeTruthy();
  await app.getByTestId('step-item-wsl.update').click();
  await expect(app.getByTestId('step-card')).toContainText(title!);
  await app.getByTestId('tab-dashboard').click();
  await app.getByTestId('run-checks').click();
  await expect(app.getByTestId('check-status-wsl.installed')).toHaveText(/合格/);
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('starts in Japanese', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(app.getByTestId('language-select')).toHaveValue('ja');
    await expect(app.getByTestId('run-step')).toHaveText(uiJa['wizard.run']);
  });
});
