import { describe, expect, it } from 'vitest';
import { backupOffer } from '../../../electron/app/backup-offer.js';
import { msg } from '../../../electron/contract/messages.js';
import type { PlannedStep, SetupChoices, SetupPlan } from '../../../electron/contract/setup.js';

const FILE = 'C:\\Users\\alice\\AppData\\Local\\wsl-gpu-setup\\Ubuntu-24.04-before-setup.tar';
const WSL = 'C:\\Windows\\System32\\wsl.exe';

function step(stepId: string, stageId: string, argv: string[] = [WSL], params: PlannedStep['params'] = {}): PlannedStep {
  return { stepId, stageId, title: msg(stepId), description: msg(stepId), params, elevation: 'user', reboot: 'never', downloadBytes: 0, seconds: 1, fixes: [], reason: msg('r'), commands: [{ label: 'c', argv, display: argv.join(' '), stdin: 'none' }] };
}

function plan(steps: PlannedStep[], choices: SetupChoices = {}): SetupPlan {
  return { schema: 'wsl-gpu-setup/plan@1', profile: 'beginner', choices, steps, alreadyDone: [], stacks: [], needsAdmin: false, mayReboot: false, downloadBytes: 0, seconds: 0 };
}

const exportStep = step('distro.export', 'distro', [WSL, '--export', 'Ubuntu-24.04', FILE], { distro: 'Ubuntu-24.04', fileName: 'Ubuntu-24.04-before-setup.tar' });
const userStep = step('distro.user', 'distro');
const torchStep = step('stack.pytorch', 'stacks');
const vmpStep = step('windows.vmp', 'windows');

describe('backupOffer', () => {
  it('offers the export when the plan changes the existing distro, naming it and the file wsl --export writes', () => {
    expect(backupOffer(plan([userStep, torchStep]), plan([exportStep, userStep, torchStep]))).toEqual({ distro: 'Ubuntu-24.04', path: FILE, chosen: false });
  });

  it('stays, ticked, once chosen (the plan then holds the export)', () => {
    const chosen = plan([exportStep, userStep], { exportBeforeChange: true });
    expect(backupOffer(chosen, chosen)).toEqual({ distro: 'Ubuntu-24.04', path: FILE, chosen: true });
  });

  it('is not offered when no existing distro is touched: only Windows steps, or nothing left to do', () => {
    expect(backupOffer(plan([vmpStep]), plan([vmpStep, exportStep]))).toBeUndefined();
    expect(backupOffer(plan([]), plan([exportStep]))).toBeUndefined();
  });

  it('is not offered when the export step is not planned even when asked for (the distro does not exist: the plan installs it)', () => {
    expect(backupOffer(plan([step('distro.install', 'distro'), userStep]), plan([step('distro.install', 'distro'), userStep]))).toBeUndefined();
  });

  it('is not offered when the export argv does not name the distro it backs up', () => {
    const odd = step('distro.export', 'distro', [WSL, '--export', 'Other', FILE], { distro: 'Ubuntu-24.04', fileName: 'x.tar' });
    expect(backupOffer(plan([userStep]), plan([odd, userStep]))).toBeUndefined();
  });
});
