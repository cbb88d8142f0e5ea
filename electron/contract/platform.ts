/**
 * Which host the engine believes it runs on. Neutral ground: the runner, the host adapters and
 * the engine all name it, so it lives in the contract rather than in any one of them.
 */
export type HostPlatform = 'windows' | 'linux' | 'other';

export interface HostInfo {
  platform: HostPlatform;
  /** True when the platform came from the override rather than the OS. */
  simulated: boolean;
}
