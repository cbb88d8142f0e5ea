import { z } from 'zod';
import { msg } from '../../../contract/messages.js';
import type { SetupStep } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from './next-actions.js';
import { dismEnableFeatureSpec } from './wsl-spec.js';

/** No parameters: the feature name is fixed. `strict` refuses anything else. */
export const noParams = z.object({}).strict();
export type NoParams = z.infer<typeof noParams>;

/** DISM's codes: 0 enabled, 3010 enabled after a restart, 1641 restart started (reliability.md §2.1). */
export const DISM_EXIT = windowsExitTable(['success', 'rebootRequired', 'rebootInitiated']);

/**
 * Virtual Machine Platform, the optional component WSL 2 runs on. Elevated (inside the broker);
 * the change takes effect after a restart, which DISM reports as 3010.
 */
export const vmpStep: SetupStep<NoParams> = {
  id: 'windows.vmp',
  stageId: 'windows',
  title: msg('setup.step.windows.vmp.title'),
  description: msg('setup.step.windows.vmp.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro', 'repair'],
  params: noParams,
  defaultParams: () => ({}),
  preconditions: ['preflight.windows', 'preflight.virtualization'],
  verify: ['preflight.vmp'],
  fixes: ['preflight.vmp'],
  commands: [{ id: 'dism-enable-vmp', build: (ctx) => dismEnableFeatureSpec(ctx, 'windows.vmp', 'VirtualMachinePlatform'), exitCodes: DISM_EXIT }],
  elevation: 'admin',
  reboot: 'may',
  // Nothing is downloaded (the component ships with Windows); DISM takes about a minute [est].
  estimate: { downloadBytes: 0, seconds: 60 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('windows.vmp', tail)),
};
