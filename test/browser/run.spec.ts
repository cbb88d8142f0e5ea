import { expect, terminalText, test } from './fixtures.js';
import { hangingUpdateScenario, UPDATE_LINES } from './scenarios.js';

test.describe('running wsl.update', () => {
  test('streams the output into the terminal and ends ok', async ({ app, bridge }) => {
    await app.getByTestId('step-item-wsl.update').click();
    await expect(app.getByTestId('step-card')).toHaveAttribute('data-step-id', 'wsl.update');
    await app.getByTestId('run-step').click();
    for (const line of UPDATE_LINES) await expect.poll(() => terminalText(app)).toContain(line);
    await expect(app.getByTestId('step-status')).toHaveAttribute('data-status', 'done');
    await expect(app.getByTestId('run-outcome')).toHaveAttribute('data-outcome', 'ok');
    await expect(app.getByTestId('output-gap')).toHaveCount(0);
    expect(bridge.fakes.calls().some((c) => c.tool === 'wsl.exe' && c.args.join(' ') === '--update')).toBe(true);
  });
});

test.describe('cancelling a hanging wsl.update', () => {
  test.use({ scenario: hangingUpdateScenario() });

  test('ends the step as cancelled', async ({ app }) => {
    await app.getByTestId('step-item-wsl.update').click();
    await app.getByTestId('run-step').click();
    await expect.poll(() => terminalText(app)).toContain('Checking for updates.');
    await expect(app.getByTestId('step-status')).toHaveAttribute('data-status', 'running');
    await app.getByTestId('cancel-run').click();
    await expect(app.getByTestId('step-status')).toHaveAttribute('data-status', 'cancelled');
    await expect(app.getByTestId('run-outcome')).toHaveAttribute('data-outcome', 'cancelled');
    await expect(app.getByTestId('run-step')).toBeEnabled();
  });
});
