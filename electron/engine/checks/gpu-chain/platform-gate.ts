import type { Facts } from '../../../contract/facts.js';
import { distroOf } from './common.js';
import type { Check } from '../../model.js';
import { distroWsl2Check } from './distro-wsl2.js';
import { gpuDevNvidiaCheck } from './gpu-dev-nvidia.js';
import { gpuDxgCheck } from './gpu-dxg.js';
import { gpuKernelModuleCheck } from './gpu-kernel-module.js';
import { gpuNoLinuxDriverCheck } from './gpu-no-linux-driver.js';
import { gpuWslLibCheck } from './gpu-wsl-lib.js';

/**
 * The GPU reaches user space by a different road on WSL (`/dev/dxg`, `/usr/lib/wsl/lib`, no
 * Linux driver) and on native Linux (kernel module, `/dev/nvidia*`). A link that does not apply
 * is `skip`, which would block static dependants; so the links shared by both roads (libcuda
 * resolution, nvidia-smi) take this host's road as their prerequisites.
 */

/** The WSL road, in chain order. */
export const WSL_LINKS: readonly Check[] = [distroWsl2Check, gpuDxgCheck, gpuWslLibCheck, gpuNoLinuxDriverCheck];
/** The native Linux road, in chain order. */
export const NATIVE_LINKS: readonly Check[] = [gpuKernelModuleCheck, gpuDevNvidiaCheck];

/** Gives a shared link this host's road (in chain order) as its prerequisites. */
export function afterPlatformRoad(check: Check): Check {
  return {
    ...check,
    prerequisitesFor: (facts: Facts) => (distroOf(facts)?.isWsl ? WSL_LINKS : NATIVE_LINKS).map((c) => c.id),
  };
}
