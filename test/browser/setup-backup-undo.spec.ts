import fs from 'node:fs';
import path from 'node:path';
import { catalogs } from '../../electron/contract/locales/index.js';
import { uiEn, uiJa } from '../../renderer/i18n/ui-strings.js';
import type { DistroState } from '../sim/distro/state.js';
import type { SimulatedPc } from '../sim/machine.js';
import { BRIDGE_CLIENT_PATH } from './bridge-server.js';
import { expect, test } from './fixtures.js';
import { simulatedPcPerTest } from './sim-pc-per-test.js';

const PASSWORD = 'backup-Pass 1';
const DISTRO = 'Ubuntu-24.04';
const VENV = '/home/taro/.local/share/wsl-gpu-setup/venv';

/** The UI strings this walk's new parts use: none may show as a raw key. */
const NEW_KEYS = Object.keys(uiEn).filter((k) => /^setup\.(backup|checks?|notChecked|installed|remove|removing|removed)/.test(k));

/** A UI string as a pattern: the given params filled in, any other `{{param}}` matching one word. */
function shown(template: string, params: Record<string, string>): RegExp {
  const parts = template.split(/(\{\{\w+\}\})/);
  return new RegExp(parts.map((p) => (/^\{\{\w+\}\}$/.test(p) ? (params[p.slice(2, -2)] === undefined ? '\\S+' : escape(params[p.slice(2, -2)]!)) : escape(p))).join(''));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The PyTorch packages the simulated distro's app venv holds now. */
function venvPackages(pc: SimulatedPc): string[] {
  const distro = pc.state().distros.find((d) => d.name === DISTRO);
  return Object.keys((distro?.state as DistroState | undefined)?.venvs[VENV]?.packages ?? {});
}

/**
 * An existing Ubuntu 24.04 (WSL ready, no user yet): back it up first, see what each step
 * changed, then remove the installed stack again — all through the UI, the real engine and the
 * simulated PC.
 */
test.describe('the installer on a PC whose distro exists', () => {
  const sim = simulatedPcPerTest('driver-below-cuda13');

  test('back up first → before → after per check → remove the stack (then the same UI in Japanese)', async ({ page }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(sim.bridge.url);
    const panel = page.getByTestId('setup-panel');

    // The plan reuses the existing distro: the backup is offered, not planned.
    await page.getByTestId('profile-beginner').check();
    await page.getByTestId('make-plan').click();
    await expect(page.getByTestId('planned-stack.pytorch')).toBeVisible();
    await expect(page.getByTestId('planned-distro.export')).toHaveCount(0);
    const exportFile = path.join(sim.pc.dir, 'LocalAppData', 'wsl-gpu-setup', `${DISTRO}-before-setup.tar`);
    const backup = page.getByRole('checkbox', { name: `Back up ${DISTRO} first (wsl --export to ${exportFile})` });
    await expect(backup).not.toBeChecked();

    // Ticked: planned again with the export as a step, its exact argv shown before anything runs.
    await backup.check();
    const exportCommand = page.getByTestId('planned-distro.export').getByTestId('planned-command');
    await expect(exportCommand).toHaveText(new RegExp(`wsl\\.exe --export ${escape(DISTRO)} ${escape(exportFile)}$`));
    await expect(backup).toBeChecked();
    expect(sim.pc.calls().filter((c) => c.args.includes('--export'))).toEqual([]);
    for (const key of NEW_KEYS) expect(await panel.innerText()).not.toContain(key);

    // The same offer in Japanese (then back to English for the walk).
    await page.getByTestId('language-select').selectOption('ja');
    await expect(page.getByRole('checkbox', { name: shown(uiJa['setup.backup'], { distro: DISTRO, path: exportFile }) })).toBeChecked();
    await expect(panel).toContainText(uiJa['setup.backupHint']);
    for (const key of NEW_KEYS) expect(await panel.innerText()).not.toContain(key);
    await page.getByTestId('language-select').selectOption('en');
    await expect(backup).toBeChecked();

    await page.getByTestId('linux-user').fill('taro');
    await page.getByTestId('linux-password').fill(PASSWORD);
    await expect(page.getByTestId('planned-command').filter({ hasText: /useradd .* taro$/ })).toHaveCount(1);
    await page.getByTestId('apply-plan').click();
    const state = page.getByTestId('setup-run-state');
    await expect(state).toHaveAttribute('data-state', /^(done|failed|cancelled)$/, { timeout: 180_000 });
    await expect(state).toHaveAttribute('data-state', 'done');

    // The export ran first, once, and wrote the file.
    await expect(page.getByTestId('run-step-distro.export')).toHaveAttribute('data-state', 'done');
    expect(sim.pc.calls().filter((c) => c.tool === 'wsl.exe' && c.args[0] === '--export')).toEqual([expect.objectContaining({ args: ['--export', DISTRO, exportFile] })]);
    expect(fs.existsSync(exportFile)).toBe(true);

    // Before → after for each check a step verified: the check's title and both statuses in words.
    const torch = page.getByTestId('run-step-stack.pytorch').getByTestId('check-change-framework.torch');
    await expect(torch).toHaveAttribute('data-after', 'pass');
    await expect(torch).not.toHaveAttribute('data-before', 'pass');
    await expect(torch).toContainText(catalogs.en['check.framework.torch.title']!);
    await expect(torch).toContainText(uiEn['check.pass']);
    await expect(torch).toHaveAttribute('aria-label', new RegExp(`^${catalogs.en['check.framework.torch.title']}: was \\S+, now ${uiEn['check.pass']}$`));

    await expect(page.getByTestId('setup-done').getByTestId('readiness-badge')).toHaveAttribute('data-readiness', 'verified', { timeout: 60_000 });
    // The finished stack is listed as installed by the app; the venv holds PyTorch.
    expect(venvPackages(sim.pc)).toEqual(expect.arrayContaining(['torch', 'torchvision']));
    await expect(page.getByTestId('installed-pytorch')).toContainText(shown(uiEn['setup.installedIn'], { stack: 'pytorch', distro: DISTRO, user: 'taro' }));
    for (const key of NEW_KEYS) expect(await panel.innerText()).not.toContain(key);

    // Japanese: the same run view and the removal read in Japanese.
    await page.getByTestId('language-select').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(torch).toContainText(catalogs.ja['check.framework.torch.title']!);
    await expect(torch).toContainText(uiJa['check.pass']);
    await expect(page.getByTestId('installed-stacks')).toContainText(uiJa['setup.installed']);
    await expect(page.getByTestId('installed-pytorch')).toContainText(shown(uiJa['setup.installedIn'], { stack: 'pytorch', distro: DISTRO, user: 'taro' }));

    // Remove…: the confirm names exactly the journaled record; nothing runs until it is confirmed.
    await page.getByTestId('remove-pytorch').click();
    const dialog = page.getByTestId('remove-dialog');
    await expect(dialog).toContainText(shown(uiJa['setup.removeTitle'], { stack: 'pytorch' }));
    await expect(dialog).toContainText(shown(uiJa['setup.removeIntro'], { stack: 'pytorch', distro: DISTRO, user: 'taro' }));
    await expect(dialog).toContainText(shown(uiJa['setup.removePip'], { venv: VENV }));
    const pip = dialog.getByTestId('remove-items').first();
    await expect(pip).toContainText('torchvision');
    expect((await pip.innerText()).split('\n').sort()).toEqual(['torch', 'torchvision']);
    expect(sim.pc.calls().some((c) => c.args.includes('uninstall'))).toBe(false);
    for (const key of NEW_KEYS) expect(await dialog.innerText()).not.toContain(key);
    await page.getByTestId('remove-confirm').click();

    await expect(page.getByTestId('stack-removed')).toContainText(shown(uiJa['setup.removed'], { stack: 'pytorch' }));
    await expect(page.getByTestId('installed-pytorch')).toHaveCount(0);
    expect(venvPackages(sim.pc)).not.toContain('torch');
    expect(venvPackages(sim.pc)).not.toContain('torchvision');
    // The next verify no longer finds PyTorch: the finished run's readiness drops from `verified`.
    await expect(page.getByTestId('setup-done').getByTestId('readiness-badge')).toHaveAttribute('data-readiness', /^(not-ready|installed)$/, { timeout: 60_000 });

    for (const key of NEW_KEYS) expect(await panel.innerText()).not.toContain(key);
    expect(errors).toEqual([]);
  });
});
