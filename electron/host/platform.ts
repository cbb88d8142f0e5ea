import type { HostInfo, HostPlatform } from '../contract/platform.js';

export type { HostInfo, HostPlatform } from '../contract/platform.js';

/**
 * `WSL_GPU_SETUP_PLATFORM=windows` makes any OS behave as Windows (tests and simulation drive
 * fake tools this way); `linux` likewise. Otherwise the OS decides.
 */
export function detectHost(env: NodeJS.ProcessEnv = process.env, osPlatform: NodeJS.Platform = process.platform): HostInfo {
  const override = env.WSL_GPU_SETUP_PLATFORM?.trim().toLowerCase();
  if (override === 'windows' || override === 'linux') {
    return { platform: override, simulated: override !== fromOs(osPlatform) };
  }
  return { platform: fromOs(osPlatform), simulated: false };
}

function fromOs(p: NodeJS.Platform): HostPlatform {
  if (p === 'win32') return 'windows';
  if (p === 'linux') return 'linux';
  return 'other';
}
