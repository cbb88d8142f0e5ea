/**
 * The one place the Windows side reaches the distro side. Until test/sim/distro lands this points
 * at the stand-in; at merge it becomes `export … from './distro/index.js'` (same names).
 */
export { newDistroState, runInDistro, terminateDistro } from './distro-stub.js';
export type { WindowsGpu } from './distro-stub.js';
