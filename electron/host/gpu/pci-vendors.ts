import type { GpuVendor } from '../../contract/facts.js';

/**
 * GPU vendor from the PCI vendor id in a Windows device-instance path
 * (`PCI\VEN_10DE&DEV_2786&SUBSYS_…\4&…`). The id is a number, unlike `AdapterCompatibility`,
 * which is free text chosen by the driver; that text is only a last resort (domain.md §4.1).
 */

/** PCI vendor ids (upper-case hex) of the vendors the app tells apart. */
export const PCI_VENDOR_IDS: Readonly<Record<string, GpuVendor>> = {
  '10DE': 'nvidia',
  // 1002 is ATI/AMD graphics; 1022 is AMD's own id, seen on some AMD APU functions.
  '1002': 'amd',
  '1022': 'amd',
  '8086': 'intel',
  // Microsoft Basic Render / Basic Display and the Hyper-V synthetic video adapter.
  '1414': 'microsoft',
};

const VEN = /(?:^|[\\&])VEN_([0-9A-F]{4})(?=&|\\|$)/iu;

/**
 * `'PCI\\VEN_10DE&DEV_2786…'` → `'nvidia'`; a PCI id of another vendor → `'other'`; null when the
 * path carries no 4-hex-digit vendor id (ACPI ids such as `VEN_QCOM`, `ROOT\…`, `SWD\…`).
 */
export function vendorFromPnpId(pnpDeviceId: string | null | undefined): GpuVendor | null {
  if (typeof pnpDeviceId !== 'string') return null;
  const m = VEN.exec(pnpDeviceId.slice(0, 512));
  if (m === null) return null;
  return PCI_VENDOR_IDS[(m[1] ?? '').toUpperCase()] ?? 'other';
}

const COMPATIBILITY: readonly [RegExp, GpuVendor][] = [
  [/\bnvidia\b/iu, 'nvidia'],
  [/\b(?:advanced micro devices|amd|ati technologies)\b/iu, 'amd'],
  [/\bintel\b/iu, 'intel'],
  [/\bmicrosoft\b/iu, 'microsoft'],
];

/** Vendor from `AdapterCompatibility` text (`NVIDIA`, `Intel Corporation`, …); null when unknown. */
export function vendorFromCompatibility(text: string | null | undefined): GpuVendor | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const t = text.slice(0, 256);
  for (const [re, vendor] of COMPATIBILITY) if (re.test(t)) return vendor;
  return null;
}

/**
 * The vendor of one display adapter: the PCI id first, then the compatibility text, else
 * `'other'` (e.g. Qualcomm Adreno, whose ACPI id has no PCI vendor number).
 */
export function gpuVendor(pnpDeviceId: string | null | undefined, adapterCompatibility: string | null | undefined): GpuVendor {
  return vendorFromPnpId(pnpDeviceId) ?? vendorFromCompatibility(adapterCompatibility) ?? 'other';
}
