import type { Evidence } from '../../../contract/checks.js';
import type { Facts, WindowsGpu } from '../../../contract/facts.js';
import { msg } from '../../../contract/messages.js';
import type { ComputeVendor } from '../../../host/gpu/driver-floors.js';
import { hasOptimusPair } from '../../facts/compute-gpu.js';

/** Vendors in the order the app prefers them for ML: CUDA first, then ROCm, then XPU. */
export const COMPUTE_VENDORS: readonly ComputeVendor[] = ['nvidia', 'amd', 'intel'];

/** Display names of the vendors, for messages (brand names are not translated). */
export const VENDOR_NAMES: Readonly<Record<ComputeVendor, string>> = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel' };

/** A GPU of a vendor whose driver can give WSL a GPU. */
export type ComputeGpu = WindowsGpu & { vendor: ComputeVendor };

/** The adapters of NVIDIA, AMD or Intel in `facts.gpus` (empty when none or not captured). */
export function computeGpus(facts: Facts): ComputeGpu[] {
  return (facts.gpus ?? []).filter((g): g is ComputeGpu => g.vendor !== null && (COMPUTE_VENDORS as readonly string[]).includes(g.vendor));
}

/**
 * An integrated GPU beside an NVIDIA card (Optimus): on a hybrid laptop on battery Windows may
 * power the NVIDIA GPU off, and WSL then loses it (/dev/dxg or the NVIDIA adapter disappears).
 * One evidence line with the power source the distro reported, when the facts show the pair.
 */
export function optimusEvidence(facts: Facts): Evidence[] {
  if (!hasOptimusPair(facts.gpus ?? [])) return [];
  return [{ label: msg('evidence.gpu.optimus'), value: facts.distro?.powerSource ?? 'unknown' }];
}

/**
 * The NVIDIA driver in NVIDIA's form: nvidia-smi's `driver_version` when it answered, else the
 * form derived from the Windows driver version of the first NVIDIA adapter.
 */
export function nvidiaDriverVersion(facts: Facts, gpus: readonly ComputeGpu[]): string | null {
  return facts.nvidia?.driverVersion ?? gpus.find((g) => g.vendor === 'nvidia' && g.driverVersion !== null)?.driverVersion ?? null;
}
