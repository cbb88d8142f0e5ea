import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { computeGpuOf } from '../../facts/compute-gpu.js';
import { probesFor } from '../probe-needs.js';

/**
 * Which vendor's GPU chain the in-distro links judge (issue 13 point 1). The vendor comes from
 * the Windows inventory (`facts.gpus`, whose vendor is decided from the PCI vendor id), never
 * from whether nvidia-smi runs. Links of another vendor are `skip` with the reason, never
 * `fail`: a healthy AMD or Intel PC must not read as broken for lacking libcuda.
 *
 * On a PC with several GPUs the chain is the compute GPU's, the same card the driver checks and
 * the installer's default stack are about.
 */

export type ChainVendor = 'nvidia' | 'amd' | 'intel';

/** Brand names for messages (not translated). */
export const CHAIN_VENDOR_NAMES: Readonly<Record<ChainVendor, string>> = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel' };

export interface ChainPick {
  /** False when the Windows GPU list is not there (native Linux, inventory failed): today's NVIDIA links then apply. */
  known: boolean;
  /** The vendor whose chain applies; null when the PC has no NVIDIA, AMD or Intel GPU. */
  vendor: ChainVendor | null;
  /** The adapter of that vendor, for messages. */
  gpuName: string | null;
}

/** The vendor chain to judge: the compute GPU's (engine/facts/compute-gpu.ts: a discrete card first, then the most memory, then the one the framework reports). Pure. */
export function chainPick(facts: Facts): ChainPick {
  if (facts.gpus === null) return { known: false, vendor: 'nvidia', gpuName: null };
  const gpu = computeGpuOf(facts);
  const vendor = gpu?.vendor;
  if (gpu && (vendor === 'nvidia' || vendor === 'amd' || vendor === 'intel')) return { known: true, vendor, gpuName: gpu.name };
  return { known: true, vendor: null, gpuName: null };
}

/** Why a link of `vendor` does not apply to this PC, or true when it does. */
export function vendorApplies(vendor: ChainVendor, facts: Facts): true | Msg {
  const pick = chainPick(facts);
  if (pick.vendor === vendor && (pick.known || vendor === 'nvidia')) return true;
  const name = CHAIN_VENDOR_NAMES[vendor];
  if (!pick.known) return msg('check.gpu.skip.vendorUnknown', { vendor: name });
  const present = facts.gpus?.find((g) => g.vendor === vendor);
  if (present) return msg('check.gpu.skip.notComputeVendor', { vendor: name, gpu: present.name, chosen: pick.gpuName });
  return msg('check.gpu.skip.noVendorGpu', { vendor: name });
}

/** A check that belongs to one vendor's chain: skipped with the reason on a PC judged by another. */
export function forVendor(vendor: ChainVendor, check: Check): Check {
  return {
    ...check,
    needs: withInventory(check.needs),
    applies(facts: Facts) {
      // Without a GPU list the host's own reason (no distro, not WSL) comes first; with one, the vendor's.
      if (!chainPick(facts).known) {
        const own = check.applies(facts);
        return own === true ? vendorApplies(vendor, facts) : own;
      }
      const mine = vendorApplies(vendor, facts);
      return mine === true ? check.applies(facts) : mine;
    },
  };
}

/** A check's probes plus the Windows inventory, which the vendor pick reads (`facts.gpus`). */
export function withInventory(needs: readonly string[] | undefined): readonly string[] {
  return [...new Set([...(needs ?? []), ...probesFor('inventory')])];
}

/** `applies` gate for links any DirectX 12 GPU can use (DirectML): skipped when the PC lists none. */
export function anyGpuApplies(facts: Facts): true | Msg {
  const pick = chainPick(facts);
  return pick.known && pick.vendor === null ? msg('check.gpu.skip.noDx12Gpu') : true;
}
