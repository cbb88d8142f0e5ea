import type { Facts, WindowsGpu } from '../../contract/facts.js';

/**
 * The compute GPU: the adapter the ML stack will use when a PC has several (an Intel or AMD iGPU
 * beside an NVIDIA, AMD or Intel card, or two cards). Order: a discrete card before an
 * integrated GPU (an unknown kind sits between), then the most memory, then the one the
 * framework inside the distro reports using. Only NVIDIA, AMD and Intel adapters count (the
 * vendors whose drivers give WSL a GPU). Pure; shared by the checks and the installer.
 */

const COMPUTE = new Set(['nvidia', 'amd', 'intel']);

/** `Intel(R) Arc(TM) A770 Graphics` and `Intel Arc A770 Graphics` compare equal. */
function plainName(name: string | null): string {
  return (name ?? '').replace(/\((?:R|TM|C)\)/giu, ' ').replace(/[®™]/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function kindRank(g: WindowsGpu): number {
  if (g.kind === 'discrete') return 0;
  if (g.kind === 'integrated') return 2;
  return 1;
}

/** The compute GPU among `gpus`, or null when none is NVIDIA, AMD or Intel. */
export function pickComputeGpu(gpus: readonly WindowsGpu[], frameworkDeviceName: string | null = null): WindowsGpu | null {
  const wanted = frameworkDeviceName === null ? '' : plainName(frameworkDeviceName);
  const reported = (g: WindowsGpu): number => (wanted !== '' && plainName(g.name) === wanted ? 0 : 1);
  const candidates = gpus.filter((g) => g.vendor !== null && COMPUTE.has(g.vendor));
  const ranked = [...candidates].sort((a, b) => kindRank(a) - kindRank(b) || (b.memoryMiB ?? -1) - (a.memoryMiB ?? -1) || reported(a) - reported(b));
  return ranked[0] ?? null;
}

/** The device name a framework in the distro reported while it saw a GPU, or null. */
export function frameworkDeviceName(facts: Facts): string | null {
  return (facts.distro?.frameworks ?? []).find((f) => f.gpuVisible === true && typeof f.deviceName === 'string' && f.deviceName !== '')?.deviceName ?? null;
}

/** The compute GPU of these facts (facts.gpus, tie broken by the framework's device). */
export function computeGpuOf(facts: Facts): WindowsGpu | null {
  return pickComputeGpu(facts.gpus ?? [], frameworkDeviceName(facts));
}

/** Is this a hybrid laptop-style pairing: an integrated GPU next to a discrete NVIDIA card (Optimus)? */
export function hasOptimusPair(gpus: readonly WindowsGpu[]): boolean {
  return gpus.some((g) => g.vendor === 'nvidia') && gpus.some((g) => g.kind === 'integrated');
}
