import { describe, expect, it } from 'vitest';
import { classifyInstallerExit } from '../../../../electron/engine/steps/exit-codes.js';
import { wslUpdateStep } from '../../../../electron/engine/steps/wsl-update.js';

describe('installer exit codes', () => {
  it.each([
    [0, 'ok'],
    [3010, 'reboot-required'], // ERROR_SUCCESS_REBOOT_REQUIRED
    [1641, 'reboot-required'], // ERROR_SUCCESS_REBOOT_INITIATED
    [1, 'failed'],
    [1602, 'failed'], // user cancelled
    [1603, 'failed'], // fatal error during installation
    [1618, 'failed'], // another installation in progress
    [-1, 'failed'], // wsl.exe's own failure
    [4294967295, 'failed'], // the same, unsigned
  ] as const)('%i → %s', (code, outcome) => {
    expect(classifyInstallerExit(code)).toBe(outcome);
    expect(wslUpdateStep.classify(code, '')).toBe(outcome);
  });
});
