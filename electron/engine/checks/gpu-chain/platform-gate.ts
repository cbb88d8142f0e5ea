import type { Facts } from '../../../contract/facts.js';
import { msg } from '../../../contract/messages.js';
import { evaluateChecks, isUsable } from '../../evaluate-checks.js';
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
 * Linux driver) and on native Linux (kernel module, `/dev/nvidia*`). Prerequisites are static
 * ids and a link that does not apply is `skip`, which would block its dependants; so the
 * links shared by both roads (libcuda resolution, nvidia-smi) depend on "the platform road",
 * judged here by evaluating that road's own checks.
 */

/** The WSL road, in chain order. */
export const WSL_LINKS: readonly Check[] = [distroWsl2Check, gpuDxgCheck, gpuWslLibCheck, gpuNoLinuxDriverCheck];
/** The native Linux road, in chain order. */
export const NATIVE_LINKS: readonly Check[] = [gpuKernelModuleCheck, gpuDevNvidiaCheck];

/** The first link of this host's road that did not pass or warn, or null when the road is open. */
export function brokenPlatformLink(facts: Facts): string | null {
  const links = distroOf(facts)?.isWsl ? WSL_LINKS : NATIVE_LINKS;
  const bad = evaluateChecks(links, facts).find((r) => !isUsable(r.status));
  return bad ? bad.id : null;
}

/** Wraps a shared link so that it is `skip` (naming the broken link) while its road is not open. */
export function afterPlatformRoad(check: Check): Check {
  return {
    ...check,
    evaluate(facts) {
      const broken = brokenPlatformLink(facts);
      if (broken !== null) return { status: 'skip', summary: msg('check.skip.prerequisite', { id: broken }) };
      return check.evaluate(facts);
    },
  };
}
