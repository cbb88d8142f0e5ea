import { msg } from '../../../contract/messages.js';
import type { SetupStep } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, runStep } from './next-actions.js';
import { noParams, type NoParams } from './vmp.js';
import { wslSetupSpec } from './wsl-spec.js';

/**
 * `wsl --set-default-version 2`: new distros start as WSL 2 (GPU access is WSL 2 only). A user
 * setting (HKCU Lxss DefaultVersion); no elevation, no restart.
 */
export const defaultVersionStep: SetupStep<NoParams> = {
  id: 'wsl.default-version',
  stageId: 'windows',
  title: msg('setup.step.wsl.defaultVersion.title'),
  description: msg('setup.step.wsl.defaultVersion.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro', 'repair'],
  params: noParams,
  defaultParams: () => ({}),
  preconditions: ['wsl.installed'],
  verify: ['wsl.default-version'],
  fixes: ['wsl.default-version'],
  commands: [{ id: 'set-default-version', build: (ctx) => wslSetupSpec(ctx, 'wsl.default-version', ['--set-default-version', '2'], 'short'), exitCodes: windowsExitTable(['success', 'wslFailure']) }],
  elevation: 'user',
  reboot: 'never',
  // A registry write: seconds [est].
  estimate: { downloadBytes: 0, seconds: 5 },
  // Its usual failure is the old kernel (0x1bc, "WSL 2 requires an update"): the token says so; otherwise update WSL.
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => runStep('wsl.update', 'setup.next.updateWsl')),
};
