import { msg } from '../../../contract/messages.js';
import type { SetupStep, StepCommand } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { link, nextActionAfter, WSL_RELEASES_URL } from './next-actions.js';
import { noParams, type NoParams } from './vmp.js';
import { refineInstallOutcome } from './wsl-output.js';
import { wslSetupSpec } from './wsl-spec.js';

/**
 * wsl.exe's install codes: 0 (also when a restart is pending: see refine), the installer's
 * restart codes where they pass through, -1 for its own failure (domain.md §2.2).
 */
export const WSL_INSTALL_EXIT = windowsExitTable(['success', 'rebootRequired', 'rebootInitiated', 'wslFailure']);

const storePath: StepCommand<NoParams> = {
  id: 'wsl-install',
  build: (ctx) => wslSetupSpec(ctx, 'wsl.install', ['--install', '--no-distribution'], 'long'),
  exitCodes: WSL_INSTALL_EXIT,
  refine: refineInstallOutcome,
};

/** When the Store path fails or is blocked (policy, no Store app), the package comes from GitHub. */
const webDownload: StepCommand<NoParams> = {
  id: 'wsl-install-web',
  build: (ctx) => wslSetupSpec(ctx, 'wsl.install-web', ['--install', '--no-distribution', '--web-download'], 'long'),
  exitCodes: WSL_INSTALL_EXIT,
  refine: refineInstallOutcome,
  fallback: true,
};

/**
 * `wsl --install --no-distribution`: the WSL package and the components it needs, no distro
 * (that is the distro stage's own, pinned, step). It exits 0 even when a restart is needed;
 * `refine` reads Windows' restart message by its id in any language, and the verify after the
 * restart (`wsl.installed`, with the pending-reboot signals in the inventory) decides the rest.
 */
export const wslInstallStep: SetupStep<NoParams> = {
  id: 'wsl.install',
  stageId: 'windows',
  title: msg('setup.step.wsl.install.title'),
  description: msg('setup.step.wsl.install.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro', 'repair'],
  params: noParams,
  defaultParams: () => ({}),
  preconditions: ['preflight.windows', 'preflight.arch'],
  verify: ['wsl.installed'],
  fixes: ['wsl.installed'],
  commands: [storePath, webDownload],
  elevation: 'admin',
  reboot: 'may',
  // The WSL MSI (github.com/microsoft/WSL/releases, x64) is a few hundred MB; 250 MB is an
  // upper estimate [est], a few minutes on a home connection.
  estimate: { downloadBytes: 250 * 1024 * 1024, seconds: 300 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => link(WSL_RELEASES_URL, 'setup.next.installWslManually')),
};
