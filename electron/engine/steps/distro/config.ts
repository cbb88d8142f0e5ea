import { msg } from '../../../contract/messages.js';
import { ZERO_IS_OK } from '../exit-table.js';
import type { SetupStep } from '../model.js';
import { pythonScriptArgv, setupScriptText } from '../setup-script.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from '../windows/next-actions.js';
import { wslRootExecSpec, wslSetupSpec } from '../windows/wsl-spec.js';
import { chosenDistro, chosenUser, distroUserParams, type DistroUserParams } from './params.js';

/**
 * `/etc/wsl.conf`: `[boot] systemd=true` (Docker and the NVIDIA CDI refresh need systemd) and
 * `[user] default=U`, merged into what the image ships (assets/setup/wsl-conf.py, python3's
 * configparser, atomic replace), then `wsl --terminate D`: WSL reads wsl.conf at distro start
 * (domain.md §3.2–3.3), so the next command starts it with the new settings.
 */
export const configStep: SetupStep<DistroUserParams> = {
  id: 'distro.config',
  stageId: 'distro',
  title: msg('setup.step.distro.config.title'),
  description: msg('setup.step.distro.config.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro'],
  params: distroUserParams,
  defaultParams: (facts, choices) => ({ distro: chosenDistro(choices), user: chosenUser(facts, choices) }),
  preconditions: ['distro.user'],
  verify: ['distro.systemd', 'distro.user'],
  fixes: ['distro.systemd'],
  commands: [
    {
      id: 'wsl-conf',
      // The script comes from the setup steps' one loader (../setup-script.ts), as the package steps' do.
      build: (ctx, p) => wslRootExecSpec(ctx, 'distro.config.wsl-conf', p.distro, pythonScriptArgv('wsl-conf', [p.user])),
      stdin: { kind: 'script', text: () => setupScriptText('wsl-conf') },
      exitCodes: ZERO_IS_OK,
    },
    {
      id: 'terminate',
      build: (ctx, p) => wslSetupSpec(ctx, 'distro.config.terminate', ['--terminate', p.distro], 'short'),
      exitCodes: windowsExitTable(['success', 'wslFailure']),
    },
  ],
  elevation: 'user',
  reboot: 'never',
  // A file edit and a distro stop: seconds [est].
  estimate: { downloadBytes: 0, seconds: 15 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('distro.config', tail)),
};
