import type { Facts, WindowsGpu } from '../../../contract/facts.js';
import { compareDriverVersions } from '../../../host/nvidia-smi/driver-version.js';
import { BUILT_IN_DRIVER_FLOORS } from '../../wheels/cuda-driver-floors.js';

/**
 * What the stack choice needs from the facts: the NVIDIA driver (Windows numbering, what
 * nvidia-smi shows on Windows and in WSL) and compute capability, and the other vendors' cards.
 * Only measured values; null where the probes did not say.
 */

export interface NvidiaSummary {
  /** `581.80`; null when unknown. */
  driver: string | null;
  /** `8.9`; null when unknown. */
  computeCapability: string | null;
}

/** The NVIDIA GPU, or null when the machine has none. */
export function nvidiaOf(facts: Facts): NvidiaSummary | null {
  const gpu = facts.nvidia?.gpus[0] ?? null;
  const windowsGpu = facts.gpus?.find((g) => g.vendor === 'nvidia' && g.driverVersion !== null) ?? null;
  if (gpu === null && windowsGpu === null) return null;
  const driver = facts.nvidia?.driverVersion ?? windowsGpu?.driverVersion ?? facts.distro?.nvidia?.driverVersion ?? null;
  const computeCapability = gpu?.computeCapability ?? facts.distro?.cuda?.devices[0]?.computeCapability ?? null;
  return { driver, computeCapability };
}

/** Windows-side cards of one vendor (with a vendor driver, not the basic display adapter). */
export function gpusOf(facts: Facts, vendor: WindowsGpu['vendor']): WindowsGpu[] {
  return (facts.gpus ?? []).filter((g) => g.vendor === vendor);
}

/** True when the driver meets the floor of this CUDA major (built-in floors: a table cannot lower them); null when unknown. */
export function driverMeetsCuda(driver: string | null, major: 12 | 13): boolean | null {
  const floor = BUILT_IN_DRIVER_FLOORS[major]?.windows;
  if (driver === null || floor === undefined) return null;
  const c = compareDriverVersions(driver, floor);
  return c === null ? null : c >= 0;
}

/** The CUDA 13 generation floor: Turing (7.5) and newer; null when the capability is unknown. */
export function supportsCuda13Arch(computeCapability: string | null): boolean | null {
  const m = /^(\d+)\.(\d)$/u.exec(computeCapability ?? '');
  if (!m) return null;
  return Number(m[1]) * 10 + Number(m[2]) >= 75;
}

/** Windows 11 (build 22000 and later); null when the build is unknown. */
export function isWindows11(facts: Facts): boolean | null {
  const build = facts.windows?.build ?? null;
  return build === null ? null : build >= 22000;
}
