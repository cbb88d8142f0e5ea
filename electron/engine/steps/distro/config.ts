import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { msg } from '../../../contract/messages.js';
import { findAssetFile } from '../../find-asset-file.js';
import { ZERO_IS_OK } from '../exit-table.js';
import type { SetupStep } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from '../windows/next-actions.js';
import { wslRootExecSpec, wslSetupSpec } from '../windows/wsl-spec.js';
import { chosenDistro, chosenUser, distroUserParams, type DistroUserParams } from './params.js';

/** The script's id: its first positional argument and its file name under assets/setup/. */
export const WSL_CONF_SCRIPT_ID = 'wsl-conf';
export const WSL_CONF_SCRIPT_FILE = `assets/setup/${WSL_CONF_SCRIPT_ID}.py`;

/** The script's source, read when a plan shows or runs it (never cached across a rebuild). */
export function wslConfScript(): string {
  const file = findAssetFile(WSL_CONF_SCRIPT_FILE, path.dirname(fileURLToPath(import.meta.url)));
  if (file === null) throw new Error(`${WSL_CONF_SCRIPT_FILE} is missing from this build`);
  return fs.readFileSync(file, 'utf8');
}

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
      build: (ctx, p) => wslRootExecSpec(ctx, 'distro.config.wsl-conf', p.distro, ['/usr/bin/python3', '-', WSL_CONF_SCRIPT_ID, p.user]),
      stdin: { kind: 'script', text: () => wslConfScript() },
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
