import type { Facts, WindowsGpu } from '../../../contract/facts.js';
import type { ComputeVendor } from '../../../host/gpu/driver-floors.js';

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

/** The vendor the ML stack will use: the first of NVIDIA, AMD, Intel present; null when none. */
export function primaryVendor(gpus: readonly ComputeGpu[]): ComputeVendor | null {
  return COMPUTE_VENDORS.find((v) => gpus.some((g) => g.vendor === v)) ?? null;
}

/**
 * The NVIDIA driver in NVIDIA's form: nvidia-smi's `driver_version` when it answered, else the
 * form derived from the Windows driver version of the first NVIDIA adapter.
 */
export function nvidiaDriverVersion(facts: Facts, gpus: readonly ComputeGpu[]): string | null {
  return facts.nvidia?.driverVersion ?? gpus.find((g) => g.vendor === 'nvidia' && g.driverVersion !== null)?.driverVersion ?? null;
}
