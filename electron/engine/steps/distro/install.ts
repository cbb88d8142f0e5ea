import { msg } from '../../../contract/messages.js';
import type { SetupStep } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from '../windows/next-actions.js';
import { okWhenToken } from '../windows/wsl-output.js';
import { wslSetupSpec } from '../windows/wsl-spec.js';
import { chosenDistro, distroExists, distroParams, type DistroParams } from './params.js';

/**
 * `wsl --install D --no-launch`: the pinned distro, registered without its first-run prompt
 * (which would block forever on a pipe). An existing distro of that name is reused, never
 * overwritten: then the step does not apply; and if one appears meanwhile, wsl.exe's
 * ERROR_ALREADY_EXISTS (0x800700B7, read from the token) is `ok`.
 */
export const installStep: SetupStep<DistroParams> = {
  id: 'distro.install',
  stageId: 'distro',
  title: msg('setup.step.distro.install.title'),
  description: msg('setup.step.distro.install.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro'],
  params: distroParams,
  defaultParams: (facts, choices) => {
    const distro = chosenDistro(choices);
    return distroExists(facts, distro) ? null : { distro };
  },
  // A WSL 2 distro needs the Virtual Machine Platform in effect: after the restart that enables it.
  preconditions: ['wsl.installed', 'wsl.default-version', 'preflight.vmp'],
  verify: ['distro.present'],
  fixes: ['wsl.distro', 'distro.present'],
  commands: [
    {
      id: 'wsl-install-distro',
      build: (ctx, p) => wslSetupSpec(ctx, 'distro.install', ['--install', p.distro, '--no-launch'], 'long'),
      exitCodes: windowsExitTable(['success', 'wslFailure', 'alreadyExists']),
      refine: okWhenToken('0x800700b7'),
    },
  ],
  elevation: 'user',
  reboot: 'never',
  // The Ubuntu 24.04 .wsl image (DistributionInfo.json lists its URL) is some hundreds of MB;
  // 500 MB is an upper estimate [est]; unpacked it is ~2 GB (domain.md §1.5).
  estimate: { downloadBytes: 500 * 1024 * 1024, seconds: 300 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('distro.install', tail)),
};
