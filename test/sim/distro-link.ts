/** The one place the Windows side reaches the distro side. */
export { newDistroState, runInDistro, terminateDistro } from './distro/index.js';
export type { WindowsGpu } from './distro/index.js';
export { presetDistroState, type DistroPreset } from './distro/index.js';
