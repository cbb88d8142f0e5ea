/**
 * Which host the engine believes it runs on. `WSL_GPU_SETUP_PLATFORM=windows` makes any OS
 * behave as Windows (tests and simulation drive fake tools this way); `linux` likewise.
 */
export type HostPlatform = 'windows' | 'linux' | 'other';

export interface HostInfo {
  platform: HostPlatform;
  /** True when the platform came from the override rather than the OS. */
  simulated: boolean;
}

/** Reads the platform from the environment override or from the OS. */
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
