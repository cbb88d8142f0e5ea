import type { GpuVendor } from '../../contract/facts.js';

/**
 * Discrete or integrated, from the numbers Windows gives rather than from English names (an
 * Intel Core Ultra iGPU is called "Intel(R) Arc(TM) Graphics", like a discrete Arc card):
 * - NVIDIA adapters that reach WSL are discrete cards (Optimus laptops pair them with an iGPU).
 * - Intel's discrete GPUs are three PCI device-id families; every other Intel display adapter is
 *   integrated. Source: Linux include/drm/intel/pciids.h (INTEL_DG1_IDS 0x4905–0x4908,
 *   INTEL_DG2_IDS 0x5690–0x56C1, INTEL_BMG_IDS 0xE202–0xE22x).
 * - AMD: the integrated Radeon of Ryzen processors, by device id (pci.ids, vendor 1002: 164E
 *   Raphael, 150E Strix [Radeon 880M/890M], 15BF Phoenix1, 1681 Rembrandt, 1638 Cezanne, 1636
 *   Renoir, 15DD Raven, 15D8 Picasso, 13C0 Granite Ridge, 1586 Strix Halo). An id not in the list
 *   with at most 2 GiB of dedicated memory is taken as integrated too (a carve-out), with
 *   more as discrete; unknown memory stays unknown.
 */

export type AdapterKind = 'discrete' | 'integrated';

const DEV = /(?:^|[\\&])DEV_([0-9A-F]{4})(?=&|\\|$)/iu;

/** `'PCI\\VEN_1002&DEV_744C&…'` → `'744C'`; null when the path has no PCI device id. */
export function pciDeviceIdOf(pnpDeviceId: string | null | undefined): string | null {
  if (typeof pnpDeviceId !== 'string') return null;
  return DEV.exec(pnpDeviceId.slice(0, 512))?.[1]?.toUpperCase() ?? null;
}

const INTEL_DISCRETE_RANGES: readonly [number, number][] = [
  [0x4905, 0x4908],
  [0x5690, 0x56c1],
  [0xe202, 0xe22f],
];

const AMD_INTEGRATED_IDS = new Set(['164E', '150E', '15BF', '1681', '1638', '1636', '15DD', '15D8', '13C0', '1586']);

/** Dedicated memory at or below which an unlisted AMD adapter is taken as an APU's carve-out. */
const AMD_CARVE_OUT_MAX_MIB = 2048;

/** The adapter's kind, or null when the facts do not tell. Pure. */
export function adapterKind(vendor: GpuVendor | null, pciDeviceId: string | null, memoryMiB: number | null): AdapterKind | null {
  if (vendor === 'nvidia') return 'discrete';
  const id = pciDeviceId === null ? null : Number.parseInt(pciDeviceId, 16);
  if (vendor === 'intel') {
    if (id === null || Number.isNaN(id)) return null;
    return INTEL_DISCRETE_RANGES.some(([lo, hi]) => id >= lo && id <= hi) ? 'discrete' : 'integrated';
  }
  if (vendor === 'amd') {
    if (pciDeviceId !== null && AMD_INTEGRATED_IDS.has(pciDeviceId.toUpperCase())) return 'integrated';
    if (memoryMiB === null) return null;
    return memoryMiB <= AMD_CARVE_OUT_MAX_MIB ? 'integrated' : 'discrete';
  }
  return null;
}
