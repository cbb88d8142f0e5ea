import type { Check } from '../../model.js';
import { withErrorOverlay } from '../error-overlay.js';
import { wslDefaultVersionCheck } from '../wsl-extra/default-version.js';
import { wslDistroCheck } from '../wsl-extra/distro.js';
import { wslDistrosWsl1Check } from '../wsl-extra/distros-wsl1.js';
import { wslKernelCheck } from '../wsl-extra/kernel.js';
import { accountCheck } from './account.js';
import { adminCheck } from './admin.js';
import { archCheck } from './arch.js';
import { diskCheck } from './disk.js';
import { gpuDriverFloorCheck } from './gpu-driver-floor.js';
import { gpuDriverModelCheck } from './gpu-driver-model.js';
import { gpuDriverStaleCheck } from './gpu-driver-stale.js';
import { gpuPresentCheck } from './gpu-present.js';
import { gpuVendorSupportCheck } from './gpu-vendor-support.js';
import { hypervisorLaunchCheck } from './hypervisor-launch.js';
import { inventoryCheck } from './inventory.js';
import { memoryCheck } from './memory.js';
import { networkCheck } from './network.js';
import { pendingRebootCheck } from './pending-reboot.js';
import { servicesCheck } from './services.js';
import { virtualizationCheck } from './virtualization.js';
import { vmpCheck } from './vmp.js';
import { windowsCheck } from './windows.js';
import { wslFeatureCheck } from './wsl-feature.js';

/**
 * The preflight checks, the WSL checks beyond `wsl.installed`/`wsl.version`, and the GPU checks,
 * in the order a person reads them: whether the inventory could be read at all, the OS, the machine, virtualization, Windows components,
 * the account, then WSL, then the GPU. Each is wrapped in the WSL error overlay, so an error
 * wsl.exe printed fails the check its catalog entry names.
 */
export const preflightChecks: Check[] = [
  inventoryCheck,
  windowsCheck,
  archCheck,
  memoryCheck,
  diskCheck,
  virtualizationCheck,
  hypervisorLaunchCheck,
  vmpCheck,
  wslFeatureCheck,
  servicesCheck,
  pendingRebootCheck,
  adminCheck,
  accountCheck,
  networkCheck,
  wslKernelCheck,
  wslDefaultVersionCheck,
  wslDistroCheck,
  wslDistrosWsl1Check,
  gpuPresentCheck,
  gpuDriverStaleCheck,
  gpuDriverFloorCheck,
  gpuDriverModelCheck,
  gpuVendorSupportCheck,
].map(withErrorOverlay);
