import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeOfExit } from '../../../../electron/engine/steps/exit-table.js';
import type { AnySetupStep } from '../../../../electron/engine/steps/model.js';
import { installStep } from '../../../../electron/engine/steps/distro/install.js';
import { wsl2Step } from '../../../../electron/engine/steps/distro/wsl2.js';
import { defaultVersionStep } from '../../../../electron/engine/steps/windows/default-version.js';
import { vmpStep } from '../../../../electron/engine/steps/windows/vmp.js';
import { wslInstallStep } from '../../../../electron/engine/steps/windows/wsl-install.js';
import { wslUpdateStep } from '../../../../electron/engine/steps/windows/wsl-update.js';
import { saysRebootRequired } from '../../../../electron/engine/steps/windows/wsl-output.js';

const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/steps');
const read = (rel: string): string => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');

/** What the interpreter does with one command: the table's outcome, then the command's refine. */
function judge(step: AnySetupStep, commandId: string, exitCode: number, tail: string): string {
  const cmd = step.commands.find((c) => c.id === commandId);
  if (!cmd) throw new Error(`no command ${commandId}`);
  const outcome = outcomeOfExit(cmd.exitCodes, exitCode);
  return cmd.refine?.(outcome, tail) ?? outcome;
}

describe('wsl --install: exit 0 with a restart pending is read from Windows message ids, any language', () => {
  it.each([
    ['wsl-install/01-en-reboot.utf-8.txt', 0, 'reboot-required'], // English 3010 text, exit 0
    ['wsl-install/03-ja-reboot.utf-8.txt', 0, 'reboot-required'], // Japanese 3010 text, exit 0
    ['wsl-install/02-en-noaction-reboot.utf-8.txt', -1, 'reboot-required'], // 350: nothing done until the restart
    ['wsl-install/04-ja-installed-no-reboot.utf-8.txt', 0, 'ok'], // Japanese success without a restart
    ['wsl-install/05-en-access-denied.utf-8.txt', -1, 'failed'],
  ] as const)('%s (exit %i) → %s', (file, exitCode, outcome) => {
    expect(judge(wslInstallStep, 'wsl-install', exitCode, read(file))).toBe(outcome);
    expect(judge(wslInstallStep, 'wsl-install-web', exitCode, read(file))).toBe(outcome);
  });

  it('wsl --update prints the same 3010 message when the MSI wants a restart', () => {
    expect(judge(wslUpdateStep, 'wsl-update', 0, read('wsl-install/03-ja-reboot.utf-8.txt'))).toBe('reboot-required');
    expect(judge(wslUpdateStep, 'wsl-update', 0, read('wsl-update/01.utf-8.txt'))).toBe('ok');
  });

  it('matching survives console wrapping, padding and full-width punctuation, not a fragment of the sentence', () => {
    const ja = '要求された操作は正常に終了しました。変更を有効にするには、システムを再起動する必要があります。';
    expect(saysRebootRequired(`${ja.slice(0, 20)}\r\n   ${ja.slice(20)}`)).toBe(true);
    expect(saysRebootRequired(ja.replace('。', '．'))).toBe(true);
    expect(saysRebootRequired('要求された操作は正常に終了しました。')).toBe(false);
    expect(saysRebootRequired('The requested operation is successful.')).toBe(false);
    expect(saysRebootRequired('')).toBe(false);
  });
});

describe('already-in-that-state errors are read from the token, never the text', () => {
  it.each([
    [installStep, 'wsl-install-distro', 'distro-install/03-en-already-exists.utf-8.txt', 'ok'],
    [installStep, 'wsl-install-distro', 'distro-install/04-ja-already-exists.utf-8.txt', 'ok'],
    [installStep, 'wsl-install-distro', 'distro-install/01-en-cannot-connect.utf-8.txt', 'failed'],
    [installStep, 'wsl-install-distro', 'distro-install/02-en-distro-not-found.utf-8.txt', 'failed'],
    [wsl2Step, 'wsl-set-version', 'set-version/02-en-already-wsl2.utf-8.txt', 'ok'],
    [wsl2Step, 'wsl-set-version', 'set-version/03-ja-already-wsl2.utf-8.txt', 'ok'],
    [wsl2Step, 'wsl-set-version', 'set-version/01-de-not-supported.utf-8.txt', 'failed'],
  ] as const)('%#: %s %s → %s', (step, cmd, file, outcome) => {
    expect(judge(step, cmd, -1, read(file))).toBe(outcome);
    expect(judge(step, cmd, 4294967295, read(file))).toBe(outcome);
  });
});

describe('next actions from the recorded failures', () => {
  it.each([
    [wslInstallStep, 'reboot-required', 'wsl-install/03-ja-reboot.utf-8.txt', 0, { kind: 'reboot' }],
    [wslInstallStep, 'failed', 'wsl-install/05-en-access-denied.utf-8.txt', -1, { kind: 'link', url: 'https://github.com/microsoft/WSL/releases' }],
    [installStep, 'failed', 'distro-install/01-en-cannot-connect.utf-8.txt', -1, { kind: 'retry', label: { key: 'setup.next.retryNetwork' } }],
    [installStep, 'failed', 'distro-install/02-en-distro-not-found.utf-8.txt', -1, { kind: 'support', label: { key: 'setup.next.support', params: { step: 'distro.install', code: 'Wsl/InstallDistro/WSL_E_DISTRO_NOT_FOUND' } } }],
    // Old inbox wsl.exe without the WSL 2 kernel prints only 0x1bc (recorded, ja): update WSL.
    [defaultVersionStep, 'failed', '../host/wsl/error/06-ja.utf-8.txt', -1, { kind: 'step', stepId: 'wsl.update' }],
    [wsl2Step, 'failed', '../host/wsl/error/11-en.utf-8.txt', -1, { kind: 'link', url: 'https://aka.ms/enablevirtualization' }],
    [wslUpdateStep, 'retryable', '', 1618, { kind: 'retry', label: { key: 'setup.next.retryLater' } }],
    [wslUpdateStep, 'failed', '', 1602, { kind: 'retry', label: { key: 'setup.next.retryApprove' } }],
    [wslUpdateStep, 'failed', '', 1603, { kind: 'link', url: 'https://github.com/microsoft/WSL/releases' }],
    [vmpStep, 'failed', '', 1, { kind: 'support', label: { key: 'setup.next.support', params: { step: 'windows.vmp', code: '-' } } }],
  ] as const)('%#: %s %s', (step, outcome, file, exitCode, expected) => {
    const tail = file === '' ? '' : read(file);
    expect(step.nextAction?.(outcome, tail, step.commands[0]?.id ?? '', exitCode)).toMatchObject(expected);
  });
});
