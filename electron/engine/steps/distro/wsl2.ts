import { msg } from '../../../contract/messages.js';
import type { SetupStep } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from '../windows/next-actions.js';
import { okWhenToken } from '../windows/wsl-output.js';
import { wslSetupSpec } from '../windows/wsl-spec.js';
import { chosenDistro, distroParams, type DistroParams } from './params.js';

/**
 * `wsl --set-version D 2`: converts a WSL 1 distro (no GPU under WSL 1). Already on 2, wsl.exe
 * fails with WSL_E_VM_MODE_INVALID_STATE (0x80040313), read from the token: `ok`.
 */
export const wsl2Step: SetupStep<DistroParams> = {
  id: 'distro.wsl2',
  stageId: 'distro',
  title: msg('setup.step.distro.wsl2.title'),
  description: msg('setup.step.distro.wsl2.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro', 'repair'],
  params: distroParams,
  defaultParams: (_facts, choices) => ({ distro: chosenDistro(choices) }),
  preconditions: ['wsl.distro', 'preflight.vmp'],
  verify: ['distro.wsl2'],
  fixes: ['distro.wsl2', 'wsl.distros-wsl1'],
  commands: [
    {
      id: 'wsl-set-version',
      build: (ctx, p) => wslSetupSpec(ctx, 'distro.wsl2', ['--set-version', p.distro, '2'], 'long'),
      exitCodes: windowsExitTable(['success', 'wslFailure', 'alreadyThatVersion']),
      refine: okWhenToken('0x80040313'),
    },
  ],
  elevation: 'user',
  reboot: 'never',
  // A local conversion of the distro's files, minutes for a few GB [est].
  estimate: { downloadBytes: 0, seconds: 300 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('distro.wsl2', tail)),
};
