import { describe, expect, it } from 'vitest';
import { outcomeOfExit } from '../../../../electron/engine/steps/exit-table.js';
import { WINDOWS_EXIT_CODES, windowsExitTable, windowsOutcomeOf } from '../../../../electron/engine/steps/windows-exit-codes.js';
import { vmpStep } from '../../../../electron/engine/steps/windows/vmp.js';
import { wslInstallStep } from '../../../../electron/engine/steps/windows/wsl-install.js';
import { wslUpdateStep } from '../../../../electron/engine/steps/windows/wsl-update.js';
import { installStep } from '../../../../electron/engine/steps/distro/install.js';
import { wsl2Step } from '../../../../electron/engine/steps/distro/wsl2.js';
import { userStep } from '../../../../electron/engine/steps/distro/user.js';

describe('the Windows exit-code table', () => {
  it.each([
    [0, 'ok'], // ERROR_SUCCESS
    [1, 'failed'], // ERROR_INVALID_FUNCTION
    [1602, 'failed'], // ERROR_INSTALL_USEREXIT: cancelled, not retried
    [1603, 'failed'], // ERROR_INSTALL_FAILURE
    [1618, 'retryable'], // ERROR_INSTALL_ALREADY_RUNNING
    [1641, 'reboot-required'], // ERROR_SUCCESS_REBOOT_INITIATED
    [3010, 'reboot-required'], // ERROR_SUCCESS_REBOOT_REQUIRED
    [-1, 'failed'], // wsl.exe's own failure
    [0xffffffff, 'failed'], // the same, read unsigned
    [0x800700b7, 'ok'], // ERROR_ALREADY_EXISTS as an exit status (unsigned)
    [-2147024713, 'ok'], // the same, signed
    [0x80040313, 'ok'], // WSL_E_VM_MODE_INVALID_STATE
  ] as const)('%i → %s', (code, outcome) => {
    expect(windowsOutcomeOf(code)).toBe(outcome);
  });

  it('lists no code twice and names a source for each', () => {
    const rows = Object.values(WINDOWS_EXIT_CODES);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    for (const r of rows) expect(r.source.length).toBeGreaterThan(5);
  });

  it('a derived table keeps the row meanings and fails every other code, showing its number', () => {
    const t = windowsExitTable(['success', 'rebootRequired']);
    expect(outcomeOfExit(t, 3010)).toBe('reboot-required');
    expect(outcomeOfExit(t, 1618)).toBe('failed');
    expect(outcomeOfExit(t, 0x80070005)).toBe('failed');
    expect(windowsOutcomeOf(12345)).toBeNull();
  });
});

describe('per-command tables derive from the one table', () => {
  const table = (step: { commands: readonly { id: string; exitCodes: Parameters<typeof outcomeOfExit>[0] }[] }, id: string) => {
    const c = step.commands.find((x) => x.id === id);
    if (!c) throw new Error(`no command ${id}`);
    return c.exitCodes;
  };

  it.each([
    ['dism (windows.vmp)', table(vmpStep, 'dism-enable-vmp'), [[0, 'ok'], [3010, 'reboot-required'], [1641, 'reboot-required'], [1618, 'failed'], [1, 'failed'], [0xffffffff, 'failed']]],
    ['wsl --install', table(wslInstallStep, 'wsl-install'), [[0, 'ok'], [3010, 'reboot-required'], [4294967295, 'failed'], [1603, 'failed']]],
    ['wsl --update', table(wslUpdateStep, 'wsl-update'), [[0, 'ok'], [3010, 'reboot-required'], [1641, 'reboot-required'], [1618, 'retryable'], [1602, 'failed'], [1603, 'failed'], [-1, 'failed'], [4294967295, 'failed']]],
    ['wsl --install <distro>', table(installStep, 'wsl-install-distro'), [[0, 'ok'], [0x800700b7, 'ok'], [-1, 'failed'], [3010, 'failed']]],
    ['wsl --set-version', table(wsl2Step, 'wsl-set-version'), [[0, 'ok'], [0x80040313, 'ok'], [-1, 'failed']]],
    ['useradd', table(userStep, 'useradd'), [[0, 'ok'], [9, 'ok'], [1, 'failed'], [-1, 'failed']]],
  ] as const)('%s', (_name, t, rows) => {
    for (const [code, outcome] of rows) expect([code, outcomeOfExit(t, code)]).toEqual([code, outcome]);
  });
});
