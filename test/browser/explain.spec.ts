import fs from 'node:fs';
import { uiJa } from '../../renderer/i18n/ui-strings.js';
import { seriousViolations } from './axe.js';
import { expect, test } from './fixtures.js';

/**
 * The dashboard's "Paste an output": the real classifier behind the bridge (the CLI's `explain`),
 * on a real apt output (test/fixtures/sim/distro/apt-lock-held.txt, see its .meta.json) pasted
 * the way people paste it, with a prompt line.
 */
const APT_LOCK = `$ sudo apt-get install -y python3-venv\n${fs.readFileSync(new URL('../fixtures/sim/distro/apt-lock-held.txt', import.meta.url), 'utf8')}`;

test('a pasted apt lock error: try again, the cause, the lines it rests on and what to do', async ({ app }) => {
  await app.getByTestId('tab-dashboard').click();
  await app.getByTestId('paste-text').fill(APT_LOCK);
  await app.getByTestId('paste-explain').click();
  const result = app.getByTestId('paste-result');
  await expect(result).toHaveAttribute('data-outcome', 'retryable');
  await expect(result).toHaveAttribute('data-cause', 'apt-lock-held');
  await expect(app.getByTestId('paste-outcome')).toHaveText(/Try again/);
  await expect(app.getByTestId('paste-evidence')).toContainText('Could not get lock /var/lib/dpkg/lock-frontend');
  await expect(app.getByTestId('paste-next')).toBeVisible();
  expect(await seriousViolations(app), 'axe on the explained output').toEqual([]);

  // The same result in Japanese.
  await app.getByTestId('language-select').selectOption('ja');
  await expect(app.getByTestId('paste-outcome')).toHaveText(new RegExp(uiJa['explain.outcome.retryable']));
});

test('an output nothing recognises: not recognised, nothing guessed, the last lines kept for support', async ({ app }) => {
  await app.getByTestId('tab-dashboard').click();
  await app.getByTestId('paste-text').fill('hello\nall good here\n');
  await app.getByTestId('paste-explain').click();
  await expect(app.getByTestId('paste-result')).toHaveAttribute('data-outcome', 'unknown');
  await expect(app.getByTestId('paste-result')).toHaveAttribute('data-cause', '');
  await expect(app.getByTestId('paste-evidence')).toContainText('all good here');
});

test('an exit code that is not a number is refused in the form, before anything is sent', async ({ app }) => {
  await app.getByTestId('tab-dashboard').click();
  await app.getByTestId('paste-text').fill(APT_LOCK);
  await app.getByTestId('paste-exit-code').fill('1; rm -rf /');
  await expect(app.getByTestId('paste-explain')).toBeDisabled();
  await app.getByTestId('paste-exit-code').fill('100');
  await expect(app.getByTestId('paste-explain')).toBeEnabled();
});
