import { msg } from '../../../contract/messages.js';
import { wslFeatureCheck } from '../../checks/preflight/wsl-feature.js';
import type { SetupStep } from '../model.js';
import { nextActionAfter, support } from './next-actions.js';
import { DISM_EXIT, noParams, type NoParams } from './vmp.js';
import { dismEnableFeatureSpec } from './wsl-spec.js';

/**
 * The "Windows Subsystem for Linux" optional component: needed on Windows 10 and for WSL 1
 * distros only. Whether this machine needs it is the preflight check's own rule (one source):
 * where the check does not apply (Windows 11 without WSL 1 distros), the step does not either.
 */
export const wslFeatureStep: SetupStep<NoParams> = {
  id: 'windows.wsl-feature',
  stageId: 'windows',
  title: msg('setup.step.windows.wslFeature.title'),
  description: msg('setup.step.windows.wslFeature.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro', 'repair'],
  params: noParams,
  defaultParams: (facts) => (wslFeatureCheck.applies(facts) === true ? {} : null),
  preconditions: ['preflight.windows'],
  verify: ['preflight.wsl-feature'],
  fixes: ['preflight.wsl-feature'],
  commands: [{ id: 'dism-enable-wsl', build: (ctx) => dismEnableFeatureSpec(ctx, 'windows.wsl-feature', 'Microsoft-Windows-Subsystem-Linux'), exitCodes: DISM_EXIT }],
  elevation: 'admin',
  reboot: 'may',
  // Ships with Windows: nothing to download; about a minute of DISM [est].
  estimate: { downloadBytes: 0, seconds: 60 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('windows.wsl-feature', tail)),
};
